#include "uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
// The translators the last installTranslators() call put in, so a later call (a test switching
// languages) replaces them instead of stacking.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
}

bool install(const QString &file)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(file) || !QCoreApplication::installTranslator(translator.get()))
        return false;
    installed() << translator.release();
    return true;
}

// Galley's translation closest to what the locale asks for, by its UI languages in order of
// preference: "de_CH" finds "de". English anywhere before a language we have wins (it is the
// source text), so `LANGUAGE=en:de` stays English. Empty when there is none.
QString translationLanguage(const QLocale &locale)
{
    for (QString lang : locale.uiLanguages()) {
        lang.replace(u'-', u'_');
        const QString base = lang.section(u'_', 0, 0);
        if (base == u"en" || base == u"C")
            return {};
        for (const QString &candidate : {lang, base}) {
            if (QFile::exists(u":/i18n/galley_"_s + candidate + u".qm"_s))
                return candidate;
        }
    }
    return {};
}
} // namespace

QStringList uiLanguages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QLocale uiLocale()
{
    const QString setting
        = QSettings().value(QString::fromLatin1(UiLanguageSettingsKey)).toString();
    if (!setting.isEmpty() && uiLanguages().contains(setting))
        return QLocale(setting);
    return QLocale::system();
}

bool installTranslators(const QLocale &locale)
{
    removeInstalled();
    if (!QCoreApplication::instance())
        return false;
    const QString lang = translationLanguage(locale);
    if (lang.isEmpty()) {
        // English is the source text; only its plural forms ("1 problem", "2 problems") come
        // from a translation of their own.
        install(u":/i18n/galley_en.qm"_s);
        return false;
    }
    if (!install(u":/i18n/galley_"_s + lang + u".qm"_s))
        return false;
    // Qt's own text (standard buttons, QCommandLineParser's "Usage:"); only with ours, so a
    // language Galley lacks never mixes two languages in one dialog. Missing is fine: the
    // qt6-translations-l10n package is only recommended.
    install(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_"_s + lang + u".qm"_s);
    return true;
}

bool installUiTranslators()
{
    const QString setting
        = QSettings().value(QString::fromLatin1(UiLanguageSettingsKey)).toString();
    const QLocale locale = uiLocale();
    if (!setting.isEmpty() && uiLanguages().contains(setting))
        QLocale::setDefault(locale);
    return installTranslators(locale);
}

} // namespace galley
