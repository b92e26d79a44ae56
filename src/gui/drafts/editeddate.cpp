#include "drafts/editeddate.h"

namespace galley::gui {

QString compactEditedDate(const QDateTime &edited, const QDateTime &now, const QLocale &locale)
{
    if (!edited.isValid())
        return {};
    const QDateTime local = edited.toLocalTime();
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    if (day == today) {
        // The C locale's "short" time keeps the seconds (08:44:49): hours and minutes are enough.
        QString format = locale.timeFormat(QLocale::ShortFormat);
        if (format.contains(u"ss"))
            format = QString(format).remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
        return locale.toString(local.time(), format);
    }
    // Seven days back is today's weekday again: from there on only a date is unambiguous.
    if (day < today && day >= today.addDays(-6))
        return locale.standaloneDayName(day.dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(day, QLocale::ShortFormat);
}

QString fullEditedDate(const QDateTime &edited, const QLocale &locale)
{
    return edited.isValid() ? locale.toString(edited.toLocalTime(), QLocale::LongFormat)
                            : QString();
}

} // namespace galley::gui
