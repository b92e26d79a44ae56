// Sponsors and bookings: double bookings, bookings outside active dates, the coming issues.
#include "sponsorbook.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
SponsorBook book()
{
    SponsorBook b;
    Sponsor p;
    p.name = u"Pagerly"_s;
    p.link = u"https://pagerly.example.com/"_s;
    p.activeFrom = QDate(2025, 1, 1);
    p.activeTo = QDate(2025, 3, 31);
    Sponsor k;
    k.name = u"Kiln"_s;
    k.label = u"Thanks to {name}"_s;
    b.sponsors << p << k;
    return b;
}

QDate dateOf(int number)
{
    return QDate(2025, 1, 26).addDays(7 * (number - 104));
}
} // namespace

class TestSponsorBook : public QObject
{
    Q_OBJECT
private slots:
    void cleanBookingsHaveNoConflicts()
    {
        SponsorBook b = book();
        b.bookings << Booking {104, {}, SponsorSlot::Top, u"Pagerly"_s}
                   << Booking {104, {}, SponsorSlot::Closing, u"Pagerly"_s}
                   << Booking {105, {}, SponsorSlot::Top, u"Kiln"_s};
        QVERIFY(b.conflicts(dateOf).isEmpty());
    }

    void doubleBooking()
    {
        SponsorBook b = book();
        b.bookings << Booking {104, {}, SponsorSlot::Top, u"Pagerly"_s}
                   << Booking {{}, QDate(2025, 1, 26), SponsorSlot::Top, u"Kiln"_s};
        // Only known to be the same issue once the date of #104 is known.
        QVERIFY(b.conflicts().isEmpty());
        const auto conflicts = b.conflicts(dateOf);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().kind, BookingConflict::DoubleBooking);
        QCOMPARE(conflicts.first().booking, 1);
        QVERIFY(conflicts.first().message.contains(u"Kiln"_s));
    }

    void outsideActiveDatesAndUnknownSponsor()
    {
        SponsorBook b = book();
        b.bookings << Booking {114, {}, SponsorSlot::Top, u"Pagerly"_s} // 2025-04-06
                   << Booking {{}, QDate(2025, 3, 31), SponsorSlot::Top, u"Pagerly"_s}
                   << Booking {105, {}, SponsorSlot::Top, u"Nobody"_s};
        const auto conflicts = b.conflicts(dateOf);
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts.at(0).kind, BookingConflict::OutsideActiveDates);
        QCOMPARE(conflicts.at(0).booking, 0);
        QVERIFY(conflicts.at(0).message.contains(u"2025-04-06"_s));
        QCOMPARE(conflicts.at(1).kind, BookingConflict::UnknownSponsor);
        QCOMPARE(conflicts.at(1).booking, 2);
    }

    void closingSlotFallsBackToTop()
    {
        SponsorBook b = book();
        b.bookings << Booking {104, {}, SponsorSlot::Top, u"Pagerly"_s}
                   << Booking {105, {}, SponsorSlot::Top, u"Pagerly"_s}
                   << Booking {105, {}, SponsorSlot::Closing, u"Kiln"_s};
        QCOMPARE(b.bookedFor(104, {}, SponsorSlot::Closing)->name, u"Pagerly"_s);
        QCOMPARE(b.bookedFor(105, {}, SponsorSlot::Closing)->name, u"Kiln"_s);
        QVERIFY(!b.bookedFor(106, {}, SponsorSlot::Top));
        QVERIFY(b.hasBookingFor(105, {}));
        QVERIFY(!b.hasBookingFor(106, {}));
        QCOMPARE(b.sponsor(u"kiln"_s)->headingLabel(u"From our sponsor, {name}"_s),
                 u"Thanks to Kiln"_s);
        QCOMPARE(b.sponsor(u"Pagerly"_s)->headingLabel(u"From our sponsor, {name}"_s),
                 u"From our sponsor, Pagerly"_s);
    }

    void comingIssuesShowFreeSlots()
    {
        SponsorBook b = book();
        b.bookings << Booking {105, {}, SponsorSlot::Top, u"Kiln"_s}
                   << Booking {{}, QDate(2025, 2, 9), SponsorSlot::Top, u"Pagerly"_s};
        const auto coming = b.comingIssues(104, QDate(2025, 1, 26), 7, 4);
        QCOMPARE(coming.size(), 4);
        QCOMPARE(coming.at(0).topSponsor, QString());
        QCOMPARE(coming.at(1).topSponsor, u"Kiln"_s);
        QCOMPARE(coming.at(1).closingSponsor, u"Kiln"_s);
        QCOMPARE(coming.at(2).date, QDate(2025, 2, 9));
        QCOMPARE(coming.at(2).topSponsor, u"Pagerly"_s);
        QCOMPARE(coming.at(3).number, 107);
        QVERIFY(coming.at(3).topSponsor.isEmpty());
    }

    void jsonRoundTrip()
    {
        SponsorBook b = book();
        b.sponsors.first().notes = u"pays quarterly"_s;
        b.sponsors.first().logoUrl = u"https://pagerly.example.com/logo.png"_s;
        b.bookings << Booking {104, {}, SponsorSlot::Closing, u"Pagerly"_s}
                   << Booking {{}, QDate(2025, 2, 2), SponsorSlot::Top, u"Kiln"_s};
        const auto sponsors
            = SponsorBook::sponsorsFromJson(QJsonDocument(b.sponsorsToJson()).toJson());
        const auto bookings
            = SponsorBook::bookingsFromJson(QJsonDocument(b.bookingsToJson()).toJson());
        QVERIFY(sponsors.ok());
        QVERIFY(bookings.ok());
        QVERIFY(*sponsors == b.sponsors);
        QVERIFY(*bookings == b.bookings);
        QVERIFY(SponsorBook::sponsorsFromJson("").ok());
        QVERIFY(!SponsorBook::bookingsFromJson("{").ok());
    }
};

QTEST_GUILESS_MAIN(TestSponsorBook)
#include "tst_sponsorbook.moc"
