#include "settings/bookingcalendar.h"

namespace galley::gui {

bool bookingIsFor(const Booking &booking, int number, const QDate &date)
{
    if (booking.issueNumber)
        return *booking.issueNumber == number;
    return booking.issueDate.isValid() && booking.issueDate == date;
}

BookingCalendar bookingCalendar(const SponsorBook &book, int nextNumber, const QDate &nextDate,
                                int intervalDays, int count)
{
    BookingCalendar calendar;
    const auto dateOf = [&](int number) {
        return nextDate.addDays(qint64(number - nextNumber) * intervalDays);
    };
    const QList<BookingConflict> conflicts = book.conflicts(dateOf);
    for (const BookingConflict &c : conflicts)
        calendar.problems << c.message;

    for (const ComingIssue &issue : book.comingIssues(nextNumber, nextDate, intervalDays, count)) {
        CalendarRow row;
        row.number = issue.number;
        row.date = issue.date;
        for (int i = 0; i < book.bookings.size(); ++i) {
            const Booking &b = book.bookings.at(i);
            if (!bookingIsFor(b, row.number, row.date))
                continue;
            CalendarSlot &slot = b.slot == SponsorSlot::Top ? row.top : row.closing;
            slot.sponsors << b.sponsor;
            for (const BookingConflict &c : conflicts) {
                if (c.booking == i)
                    slot.problems << c.message;
            }
        }
        if (row.closing.isFree() && !issue.closingSponsor.isEmpty()) {
            row.closing.sponsors << issue.closingSponsor;
            row.closing.repeatsTop = true;
        }
        calendar.rows << row;
    }
    return calendar;
}

} // namespace galley::gui
