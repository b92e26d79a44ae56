#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace galley {

// The languages Galley's own text comes in: "en" (the source text), "de", "fr".
QStringList uiLanguages();

// The settings key Preferences writes: "" follows the system locale, else one of uiLanguages().
inline constexpr char UiLanguageSettingsKey[] = "ui/language";

// The locale the UI speaks: the `ui/language` setting when it names a language, else the system
// locale. Needs the application identity (settings location) to be set first.
QLocale uiLocale();

// Installs Galley's translation (embedded .qm, :/i18n/galley_<lang>.qm) and Qt's own
// (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, so standard dialog buttons and the
// command-line parser match) for `locale` on the running application, replacing the ones a
// previous call installed. Returns false when Galley has no translation for the locale: the
// English source text is used then. The command line and the editor both call this.
bool installTranslators(const QLocale &locale);

// installTranslators(uiLocale()); an explicit `ui/language` also becomes the default QLocale, so
// dates and numbers in the UI follow the chosen language.
bool installUiTranslators();

} // namespace galley
