#include "englishdate.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
const std::array<QString, 12> &monthNames()
{
    static const std::array<QString, 12> names
        = {u"January"_s, u"February"_s, u"March"_s,     u"April"_s,   u"May"_s,      u"June"_s,
           u"July"_s,    u"August"_s,   u"September"_s, u"October"_s, u"November"_s, u"December"_s};
    return names;
}
} // namespace

QString englishOrdinal(int number)
{
    const int lastTwo = number % 100;
    QString suffix = u"th"_s;
    if (lastTwo < 11 || lastTwo > 13) {
        switch (number % 10) {
        case 1:
            suffix = u"st"_s;
            break;
        case 2:
            suffix = u"nd"_s;
            break;
        case 3:
            suffix = u"rd"_s;
            break;
        default:
            break;
        }
    }
    return QString::number(number) + suffix;
}

QString englishLongDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return englishOrdinal(date.day()) + u' ' + monthNames().at(size_t(date.month() - 1)) + u' '
        + QString::number(date.year());
}

std::optional<QDate> findEnglishLongDate(const QString &text)
{
    static const QRegularExpression re(
        uR"(\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+(\d{4})\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    int month = 0;
    for (size_t i = 0; i < monthNames().size(); ++i) {
        if (monthNames().at(i).compare(m.captured(2), Qt::CaseInsensitive) == 0)
            month = int(i) + 1;
    }
    const QDate date(m.captured(3).toInt(), month, m.captured(1).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace galley
