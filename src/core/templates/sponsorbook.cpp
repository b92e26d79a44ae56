#include "sponsorbook.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct SponsorBookTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::SponsorBook)
};

bool bookingMatches(const Booking &b, int number, const QDate &date)
{
    if (b.issueNumber)
        return *b.issueNumber == number;
    return b.issueDate.isValid() && b.issueDate == date;
}

QString slotName(SponsorSlot slot)
{
    return slot == SponsorSlot::Top ? SponsorBookTr::tr("top") : SponsorBookTr::tr("closing");
}

QString describeIssue(const Booking &b)
{
    if (b.issueNumber)
        return SponsorBookTr::tr("issue #%1").arg(*b.issueNumber);
    return SponsorBookTr::tr("the issue of %1").arg(b.issueDate.toString(Qt::ISODate));
}

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Result<QJsonArray> parseArray(const QByteArray &json, const QString &what)
{
    if (json.trimmed().isEmpty())
        return QJsonArray();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isArray()) {
        Error e;
        e.message
            = SponsorBookTr::tr("the stored %1 are not a JSON list (%2); set them again in the "
                                "Sponsors dialog.")
                  .arg(what, err.errorString());
        e.code = Error::Corrupt;
        return e;
    }
    return doc.array();
}
} // namespace

bool Sponsor::isActiveOn(const QDate &date) const
{
    if (!date.isValid())
        return true;
    if (activeFrom.isValid() && date < activeFrom)
        return false;
    if (activeTo.isValid() && date > activeTo)
        return false;
    return true;
}

QString Sponsor::headingLabel(const QString &defaultLabel) const
{
    QString l = label.isEmpty() ? defaultLabel : label;
    return l.replace(u"{name}"_s, name);
}

const Sponsor *SponsorBook::sponsor(const QString &name) const
{
    for (const Sponsor &s : sponsors) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

std::optional<Sponsor> SponsorBook::bookedFor(int number, const QDate &date, SponsorSlot slot) const
{
    const Booking *top = nullptr;
    for (const Booking &b : bookings) {
        if (!bookingMatches(b, number, date))
            continue;
        if (b.slot == slot) {
            if (const Sponsor *s = sponsor(b.sponsor))
                return *s;
        }
        if (b.slot == SponsorSlot::Top && !top)
            top = &b;
    }
    if (slot == SponsorSlot::Closing && top) {
        if (const Sponsor *s = sponsor(top->sponsor))
            return *s;
    }
    return std::nullopt;
}

bool SponsorBook::hasBookingFor(int number, const QDate &date) const
{
    for (const Booking &b : bookings) {
        if (bookingMatches(b, number, date))
            return true;
    }
    return false;
}

QList<BookingConflict> SponsorBook::conflicts(const std::function<QDate(int)> &dateOfIssue) const
{
    QList<BookingConflict> out;
    for (int i = 0; i < bookings.size(); ++i) {
        const Booking &b = bookings.at(i);
        QDate date = b.issueDate;
        if (!date.isValid() && b.issueNumber && dateOfIssue)
            date = dateOfIssue(*b.issueNumber);
        for (int j = 0; j < i; ++j) {
            const Booking &other = bookings.at(j);
            if (other.slot != b.slot)
                continue;
            const bool sameNumber
                = b.issueNumber && other.issueNumber && *b.issueNumber == *other.issueNumber;
            QDate otherDate = other.issueDate;
            if (!otherDate.isValid() && other.issueNumber && dateOfIssue)
                otherDate = dateOfIssue(*other.issueNumber);
            const bool sameDate = date.isValid() && date == otherDate;
            if (sameNumber || sameDate) {
                out << BookingConflict {
                    BookingConflict::DoubleBooking, i,
                    SponsorBookTr::tr("The %1 slot of %2 is booked twice: %3 and %4.")
                        .arg(slotName(b.slot), describeIssue(b), other.sponsor, b.sponsor)};
                break;
            }
        }
        const Sponsor *s = sponsor(b.sponsor);
        if (!s) {
            out << BookingConflict {
                BookingConflict::UnknownSponsor, i,
                SponsorBookTr::tr(
                    "%1 is booked for %2, but there is no such sponsor in the library.")
                    .arg(b.sponsor, describeIssue(b))};
        } else if (date.isValid() && !s->isActiveOn(date)) {
            out << BookingConflict {
                BookingConflict::OutsideActiveDates, i,
                SponsorBookTr::tr("%1 is booked for %2 (%3), outside its active dates (%4 to %5).")
                    .arg(s->name, describeIssue(b), date.toString(Qt::ISODate),
                         s->activeFrom.isValid() ? s->activeFrom.toString(Qt::ISODate)
                                                 : SponsorBookTr::tr("any time"),
                         s->activeTo.isValid() ? s->activeTo.toString(Qt::ISODate)
                                               : SponsorBookTr::tr("any time"))};
        }
    }
    return out;
}

QList<ComingIssue> SponsorBook::comingIssues(int nextNumber, const QDate &nextDate,
                                             int intervalDays, int count) const
{
    QList<ComingIssue> out;
    for (int i = 0; i < count; ++i) {
        ComingIssue c;
        c.number = nextNumber + i;
        c.date = nextDate.addDays(qint64(i) * intervalDays);
        if (const auto top = bookedFor(c.number, c.date, SponsorSlot::Top))
            c.topSponsor = top->name;
        if (const auto closing = bookedFor(c.number, c.date, SponsorSlot::Closing))
            c.closingSponsor = closing->name;
        out << c;
    }
    return out;
}

QJsonArray SponsorBook::sponsorsToJson() const
{
    QJsonArray a;
    for (const Sponsor &s : sponsors) {
        a.append(QJsonObject {{u"name"_s, s.name},
                              {u"label"_s, s.label},
                              {u"copy"_s, s.copy},
                              {u"link"_s, s.link},
                              {u"logo"_s, s.logoUrl},
                              {u"notes"_s, s.notes},
                              {u"activeFrom"_s, isoOrEmpty(s.activeFrom)},
                              {u"activeTo"_s, isoOrEmpty(s.activeTo)}});
    }
    return a;
}

QJsonArray SponsorBook::bookingsToJson() const
{
    QJsonArray a;
    for (const Booking &b : bookings) {
        QJsonObject o {{u"slot"_s, b.slot == SponsorSlot::Top ? u"top"_s : u"closing"_s},
                       {u"sponsor"_s, b.sponsor}};
        if (b.issueNumber)
            o.insert(u"issue"_s, *b.issueNumber);
        if (b.issueDate.isValid())
            o.insert(u"date"_s, b.issueDate.toString(Qt::ISODate));
        a.append(o);
    }
    return a;
}

Result<QList<Sponsor>> SponsorBook::sponsorsFromJson(const QByteArray &json)
{
    const auto array = parseArray(json, SponsorBookTr::tr("sponsors"));
    if (!array)
        return array.error();
    QList<Sponsor> out;
    for (const QJsonValue &v : *array) {
        const QJsonObject o = v.toObject();
        Sponsor s;
        s.name = o.value(u"name"_s).toString();
        s.label = o.value(u"label"_s).toString();
        s.copy = o.value(u"copy"_s).toString();
        s.link = o.value(u"link"_s).toString();
        s.logoUrl = o.value(u"logo"_s).toString();
        s.notes = o.value(u"notes"_s).toString();
        s.activeFrom = QDate::fromString(o.value(u"activeFrom"_s).toString(), Qt::ISODate);
        s.activeTo = QDate::fromString(o.value(u"activeTo"_s).toString(), Qt::ISODate);
        out << s;
    }
    return out;
}

Result<QList<Booking>> SponsorBook::bookingsFromJson(const QByteArray &json)
{
    const auto array = parseArray(json, SponsorBookTr::tr("bookings"));
    if (!array)
        return array.error();
    QList<Booking> out;
    for (const QJsonValue &v : *array) {
        const QJsonObject o = v.toObject();
        Booking b;
        if (o.contains(u"issue"_s))
            b.issueNumber = o.value(u"issue"_s).toInt();
        b.issueDate = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
        b.slot
            = o.value(u"slot"_s).toString() == u"closing" ? SponsorSlot::Closing : SponsorSlot::Top;
        b.sponsor = o.value(u"sponsor"_s).toString();
        out << b;
    }
    return out;
}

} // namespace galley
