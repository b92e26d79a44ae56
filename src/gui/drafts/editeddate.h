#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace galley::gui {

// When a draft was last edited, as mail clients show it in a list: the time for today, the
// weekday for the six days before, the date otherwise (and for anything after `now`, such as a
// clock that was set back). Both times are compared in local time. `now` is passed in rather than
// read here, so a list can be re-evaluated after midnight and tests can pin the day.
QString compactEditedDate(const QDateTime &edited, const QDateTime &now,
                          const QLocale &locale = QLocale());

// The same moment in full (date and time), for a tooltip.
QString fullEditedDate(const QDateTime &edited, const QLocale &locale = QLocale());

} // namespace galley::gui
