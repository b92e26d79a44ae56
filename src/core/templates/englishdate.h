#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace galley {

// Dates as the newsletter writes them. Titles are in the newsletter's language (English), not the
// UI locale: a German desktop must still produce "26th January 2025".
QString englishOrdinal(int number); // 1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 31st
QString englishLongDate(const QDate &date); // "26th January 2025"
// Finds the first "26th January 2025" (ordinal suffix optional, any case) in `text`.
std::optional<QDate> findEnglishLongDate(const QString &text);

} // namespace galley
