#include "newslettertext.h"

#include "templates/englishdate.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
constexpr const char *Context = "galley::NewsletterText";

// "de", "de-CH", "de_AT" all find the German file; English is the source text.
QString baseLanguage(const QString &language)
{
    return language.trimmed().section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

// One translator per language, loaded on first use and kept: exports render many issues.
const QTranslator *translatorFor(const QString &base)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(base);
    if (it == cache.end()) {
        auto translator = std::make_shared<QTranslator>();
        const QString file = u":/i18n/galley_"_s + base + u".qm"_s;
        if (!QFile::exists(file) || !translator->load(file))
            translator.reset();
        it = cache.insert(base, translator);
    }
    return it->get();
}
} // namespace

QString newsletterText(const QString &language, const char *sourceText)
{
    const QString base = baseLanguage(language);
    if (base.isEmpty() || base == u"en")
        return QString::fromUtf8(sourceText);
    const QTranslator *translator = translatorFor(base);
    const QString translated = translator ? translator->translate(Context, sourceText) : QString();
    return translated.isEmpty() ? QString::fromUtf8(sourceText) : translated;
}

QString newsletterLongDate(const QDate &date, const QString &language)
{
    const QString base = baseLanguage(language);
    if (!date.isValid())
        return {};
    if (base.isEmpty() || base == u"en")
        return englishLongDate(date);
    const QLocale locale(language.trimmed().replace(u'-', u'_'));
    if (base == u"de")
        return locale.toString(date, u"d. MMMM yyyy"_s);
    if (base == u"fr") {
        const QString day = date.day() == 1 ? u"1er"_s : QString::number(date.day());
        return day + u' ' + locale.toString(date, u"MMMM yyyy"_s);
    }
    return locale.toString(date, u"d MMMM yyyy"_s);
}

} // namespace galley
