#pragma once

#include "sponsorbook.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace galley::gui {

// One slot of one coming issue as the Bookings page shows it.
struct CalendarSlot
{
    QStringList sponsors; // more than one: a double booking
    bool repeatsTop = false; // closing slot without its own booking: the top sponsor repeats
    QStringList problems; // SponsorBook's conflict messages for this slot's bookings
    bool isFree() const { return sponsors.isEmpty(); }
};

struct CalendarRow
{
    int number = 0;
    QDate date;
    CalendarSlot top;
    CalendarSlot closing;
};

struct BookingCalendar
{
    QList<CalendarRow> rows;
    QStringList problems; // every conflict, also of bookings outside the rows shown
};

// The next `count` issues from (`nextNumber`, `nextDate`), `intervalDays` apart, with what fills
// their slots and which bookings SponsorBook::conflicts flags.
BookingCalendar bookingCalendar(const SponsorBook &book, int nextNumber, const QDate &nextDate,
                                int intervalDays, int count);

// Whether `booking` is for this issue (by number when it has one, else by date).
bool bookingIsFor(const Booking &booking, int number, const QDate &date);

} // namespace galley::gui
