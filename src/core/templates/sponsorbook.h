#pragma once

#include "result.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace galley {

struct Sponsor
{
    QString name;
    QString label; // heading, "From our sponsor, {name}"; empty: the newsletter's default label
    QString copy; // Markdown
    QString link;
    QString logoUrl;
    QString notes;
    QDate activeFrom; // invalid: no limit
    QDate activeTo; // invalid: no limit, inclusive otherwise

    bool isActiveOn(const QDate &date) const;
    // The heading with {name} filled in; `defaultLabel` when the sponsor has none.
    QString headingLabel(const QString &defaultLabel) const;
    friend bool operator==(const Sponsor &, const Sponsor &) = default;
};

enum class SponsorSlot { Top, Closing };

// Which sponsor fills one slot of one issue, named by its number or (before numbers are known)
// by its date.
struct Booking
{
    std::optional<int> issueNumber;
    QDate issueDate;
    SponsorSlot slot = SponsorSlot::Top;
    QString sponsor; // a Sponsor's name
    friend bool operator==(const Booking &, const Booking &) = default;
};

struct BookingConflict
{
    enum Kind { DoubleBooking, OutsideActiveDates, UnknownSponsor };
    Kind kind = DoubleBooking;
    int booking = -1; // index in SponsorBook::bookings
    QString message; // translated
};

// One coming issue in the calendar-like list, with what fills its slots (empty: free).
struct ComingIssue
{
    int number = 0;
    QDate date;
    QString topSponsor;
    QString closingSponsor;
};

// The sponsor library and its bookings, stored as JSON documents (settings keys `sponsors` and
// `bookings`).
class SponsorBook
{
public:
    QList<Sponsor> sponsors;
    QList<Booking> bookings;

    const Sponsor *sponsor(const QString &name) const;
    // The sponsor booked for this issue's slot. The closing slot falls back to the top booking,
    // because the closing block is normally a repeat of the top one.
    std::optional<Sponsor> bookedFor(int number, const QDate &date, SponsorSlot slot) const;
    bool hasBookingFor(int number, const QDate &date) const;

    // Double bookings (two bookings for one slot of one issue), bookings outside the sponsor's
    // active dates and bookings naming no known sponsor. `dateOfIssue` gives the planned date of
    // a booking made by number only (to check active dates); it may be empty.
    QList<BookingConflict> conflicts(const std::function<QDate(int)> &dateOfIssue = {}) const;

    // `count` issues from the next one, `intervalDays` apart.
    QList<ComingIssue> comingIssues(int nextNumber, const QDate &nextDate, int intervalDays,
                                    int count) const;

    QJsonArray sponsorsToJson() const;
    QJsonArray bookingsToJson() const;
    static Result<QList<Sponsor>> sponsorsFromJson(const QByteArray &json);
    static Result<QList<Booking>> bookingsFromJson(const QByteArray &json);
};

} // namespace galley
