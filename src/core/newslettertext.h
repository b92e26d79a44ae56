#pragma once

#include <QDate>
#include <QString>

namespace galley {

// What Galley writes into an issue (footer, link labels, sponsor label, text markers, skeleton
// section names, long dates) speaks the newsletter's language, not the interface's: a German
// desktop writes an English newsletter in English. The strings sit in the translation context
// "galley::NewsletterText" (mark them with QT_TRANSLATE_NOOP) and are looked up in a translator of
// their own per language, never installed application-wide.
QString newsletterText(const QString &language, const char *sourceText);

// {{date_long}} in the newsletter's language: "26th January 2025", "26. Januar 2025",
// "26 janvier 2025" (French writes the first of the month "1er"). Other languages: the locale's
// long date without the weekday.
QString newsletterLongDate(const QDate &date, const QString &language);

} // namespace galley
