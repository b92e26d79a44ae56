#pragma once

#include "result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace galley {

// One language's spell checker: a Nuspell dictionary found in the standard folders, plus the
// words the newsletter knows (its archive's vocabulary, the personal dictionary, the words
// ignored in the issue). Answers are cached per word, because a document repeats its words and
// the editor asks again for every changed line; suggestions are only computed when asked.
// Used from one thread at a time.
class SpellChecker
{
public:
    SpellChecker();
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    // The folders searched for `<name>.aff`/`.dic`: the environment variable
    // GALLEY_DICTIONARY_PATH (folders separated by ':') when it is set, else Nuspell's standard
    // folders (/usr/share/hunspell, /usr/share/myspell, ~/.local/share/hunspell, ...).
    static QStringList dictionaryFolders();
    // The dictionary a language tag names: "en" and "en-US" -> "en_US", "en-GB" -> "en_GB",
    // "de" -> "de_DE", "fr" -> "fr_FR"; a tag with a region keeps it ("de-AT" -> "de_AT").
    static QString dictionaryName(const QString &language);
    // The Debian package that installs a dictionary ("en_US" -> "hunspell-en-us").
    static QString packageFor(const QString &dictionaryName);

    // Loads the dictionary for `language` (once per thread and dictionary file: loading takes
    // 50-300 ms, and the Check panel asks again after every pause in typing). On failure (no
    // dictionary, unreadable) the checker is off (isReady() false) and the error says which package
    // to install.
    Status load(const QString &language);
    bool isReady() const;

    // A dictionary read from its files, not yet in a checker. Immutable once read: a worker
    // thread can read it (the 50-300 ms) and hand it to a checker on another thread, which then
    // is the only one to use it.
    struct Engine;
    struct Loaded
    {
        QString dictionary; // "en_US"
        std::shared_ptr<const Engine> engine; // null when it could not be read
        std::optional<Error> error;
    };
    // Finds and reads the dictionary for `language` on the calling thread, with no cache.
    static Loaded read(const QString &language);
    // Checks with a dictionary read() read (with its error, the checker is off).
    Status use(const Loaded &loaded);
    // Off until use(): the checker answers "correct" to everything, and dictionary() already
    // names `language`'s dictionary (the one being read).
    void unload(const QString &language);
    QString dictionary() const { return m_dictionary; } // "en_US"; empty before load()

    // Words that are correct whatever the dictionary says, compared case-insensitively.
    void setKnownWords(const QSet<QString> &words);
    void addKnownWord(const QString &word);

    // True for a correct or known word, and always when no dictionary is loaded.
    bool isCorrect(const QString &word) const;
    // The dictionary's suggestions, best first; at most `max`. None for a word longer than
    // MaxSuggestedLength.
    static constexpr int MaxSuggestedLength = 30;
    QStringList suggestions(const QString &word, int max = 7) const;
    // The dictionary's own answer, uncached and without the known words (for the benchmark).
    bool dictionaryAccepts(const QString &word) const;

private:
    std::shared_ptr<const Engine> m_engine;
    QString m_dictionary;
    QSet<QString> m_known; // lower-case
    mutable QHash<QString, bool> m_cache;
};

} // namespace galley
