#include "spellchecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

#include <nuspell/dictionary.hxx>
#include <nuspell/finder.hxx>

#include <filesystem>
#include <vector>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSpelling, "galley.spelling")

namespace galley {

namespace {
struct SpellCheckerTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::SpellChecker)
};

// Nuspell reads UTF-8; a word that is not valid in the dictionary's alphabet is simply unknown.
std::string utf8(const QString &word)
{
    return word.toStdString();
}
} // namespace

struct SpellChecker::Engine
{
    nuspell::Dictionary dictionary;
};

SpellChecker::SpellChecker() = default;
SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::dictionaryFolders()
{
    QStringList out;
    const QByteArray env = qgetenv("GALLEY_DICTIONARY_PATH");
    if (!env.isNull()) {
        for (const QString &dir : QString::fromLocal8Bit(env).split(u':', Qt::SkipEmptyParts))
            out << dir;
        return out;
    }
    std::vector<std::filesystem::path> dirs;
    nuspell::append_default_dir_paths(dirs);
    for (const auto &d : dirs)
        out << QString::fromStdString(d.string());
    return out;
}

QString SpellChecker::dictionaryName(const QString &language)
{
    QString tag = language.trimmed();
    tag.replace(u'-', u'_');
    const QStringList parts = tag.split(u'_', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return u"en_US"_s;
    const QString lang = parts.at(0).toLower();
    if (parts.size() > 1)
        return lang + u'_' + parts.at(1).toUpper();
    static const QHash<QString, QString> regions = {
        {u"en"_s, u"US"_s}, {u"de"_s, u"DE"_s}, {u"fr"_s, u"FR"_s}, {u"es"_s, u"ES"_s},
        {u"it"_s, u"IT"_s}, {u"nl"_s, u"NL"_s}, {u"pt"_s, u"PT"_s}, {u"sv"_s, u"SE"_s},
    };
    return lang + u'_' + regions.value(lang, lang.toUpper());
}

QString SpellChecker::packageFor(const QString &dictionaryName)
{
    const QString lang = dictionaryName.section(u'_', 0, 0).toLower();
    // Debian ships every French and German region in one package each.
    if (lang == u"fr")
        return u"hunspell-fr"_s;
    if (lang == u"de")
        return u"hunspell-de-"_s + dictionaryName.section(u'_', 1, 1).toLower();
    return u"hunspell-"_s + dictionaryName.toLower().replace(u'_', u'-');
}

namespace {
// The dictionary's files for a dictionary name, or an empty path.
std::filesystem::path findDictionary(const QString &dictionary, const QStringList &folders)
{
    std::vector<std::filesystem::path> dirs;
    for (const QString &f : folders)
        dirs.emplace_back(f.toStdString());
    auto path = nuspell::search_dirs_for_one_dict(dirs, dictionary.toStdString());
    // fr_FR is also shipped as plain "fr" by some distributions.
    if (path.empty() && dictionary.contains(u'_'))
        path
            = nuspell::search_dirs_for_one_dict(dirs, dictionary.section(u'_', 0, 0).toStdString());
    return path;
}

Error notFoundError(const QString &dictionary, const QStringList &folders)
{
    return Error {
        QString(), 0,
        SpellCheckerTr::tr("No spelling dictionary for %1 was found (looked in %2). Install "
                           "the package %3 to check spelling; spell checking is off.")
            .arg(dictionary, folders.join(u", "_s), SpellChecker::packageFor(dictionary)),
        Error::NotFound};
}
} // namespace

SpellChecker::Loaded SpellChecker::read(const QString &language)
{
    Loaded out;
    out.dictionary = dictionaryName(language);
    const QStringList folders = dictionaryFolders();
    const auto path = findDictionary(out.dictionary, folders);
    if (path.empty()) {
        out.error = notFoundError(out.dictionary, folders);
        return out;
    }
    auto engine = std::make_shared<Engine>();
    try {
        engine->dictionary.load_aff_dic(path);
    } catch (const std::exception &e) {
        qCWarning(lcSpelling) << "loading" << path.c_str() << "failed:" << e.what();
        out.error = Error {
            QString::fromStdString(path.string()), 0,
            SpellCheckerTr::tr("The spelling dictionary %1 could not be read (%2). Reinstall the "
                               "package %3; spell checking is off.")
                .arg(out.dictionary, QString::fromLocal8Bit(e.what()), packageFor(out.dictionary)),
            Error::Corrupt};
        return out;
    }
    out.engine = std::move(engine);
    return out;
}

Status SpellChecker::use(const Loaded &loaded)
{
    m_engine = loaded.engine;
    m_cache.clear();
    m_dictionary = loaded.dictionary;
    if (loaded.error)
        return *loaded.error;
    return Done {};
}

void SpellChecker::unload(const QString &language)
{
    m_engine.reset();
    m_cache.clear();
    m_dictionary = dictionaryName(language);
}

Status SpellChecker::load(const QString &language)
{
    unload(language);
    const QStringList folders = dictionaryFolders();
    const auto path = findDictionary(m_dictionary, folders);
    if (path.empty())
        return notFoundError(m_dictionary, folders);
    // Dictionary's const functions use no shared state, but one copy per thread costs little
    // and needs no proof of that.
    thread_local QHash<QString, Loaded> loaded;
    const QString key = QString::fromStdString(path.string());
    if (const auto it = loaded.constFind(key); it != loaded.cend())
        return use(it.value());
    Loaded fresh = read(language);
    if (fresh.engine)
        loaded.insert(key, fresh);
    return use(fresh);
}

bool SpellChecker::isReady() const
{
    return m_engine != nullptr;
}

void SpellChecker::setKnownWords(const QSet<QString> &words)
{
    m_known.clear();
    for (const QString &w : words)
        m_known.insert(w.toLower());
    m_cache.clear();
}

void SpellChecker::addKnownWord(const QString &word)
{
    m_known.insert(word.toLower());
    m_cache.remove(word);
    m_cache.remove(word.toLower());
    // Other cases of the word may be cached as wrong.
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (!it.value() && it.key().compare(word, Qt::CaseInsensitive) == 0)
            it = m_cache.erase(it);
        else
            ++it;
    }
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_engine || word.isEmpty())
        return true;
    if (const auto it = m_cache.constFind(word); it != m_cache.cend())
        return it.value();
    bool ok = m_known.contains(word.toLower());
    if (!ok) {
        // Typographic apostrophes are written ' in the dictionaries.
        QString plain = word;
        plain.replace(u'\u2019', u'\'');
        ok = m_engine->dictionary.spell(utf8(plain));
    }
    m_cache.insert(word, ok);
    return ok;
}

bool SpellChecker::dictionaryAccepts(const QString &word) const
{
    return m_engine && m_engine->dictionary.spell(utf8(word));
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QStringList out;
    // Nuspell's suggestions cost about 300 ms for a 100-letter word (a pasted token, a long
    // German compound typed wrong): past this length nothing useful comes back anyway.
    if (!m_engine || word.size() > MaxSuggestedLength)
        return out;
    std::vector<std::string> found;
    m_engine->dictionary.suggest(utf8(word), found);
    for (const std::string &s : found) {
        if (out.size() >= max)
            break;
        out << QString::fromStdString(s);
    }
    return out;
}

} // namespace galley
