#pragma once

#include "result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace galley {

class StoreDatabase;

// The store's spelling memory (schema step 7): the personal dictionary and the archive's
// vocabulary, both per dictionary name ("en_US", see SpellChecker::dictionaryName), so the
// command line and every window share them.
class SpellingVocabulary
{
public:
    // The schema step that made the tables (and fills them for an existing archive).
    static constexpr int schemaStep = 7;
    // A word used in at least this many sent issues is known.
    static constexpr int archiveThreshold = 3;

    explicit SpellingVocabulary(StoreDatabase &db)
        : m_db(db)
    { }

    // The words known in `dictionary`: the personal dictionary's and the archive's. With
    // `newsletterLanguage`, the archive's issues that name no language count too (they are in
    // the newsletter's language).
    Result<QSet<QString>> knownWords(const QString &dictionary, bool newsletterLanguage);
    Result<QStringList> personalWords(const QString &dictionary);
    Status addPersonalWord(const QString &dictionary, const QString &word);
    Status removePersonalWord(const QString &dictionary, const QString &word);
    // Counts again, from every sent issue outside the trash, the issues each word appears in.
    // Called after an import and by the schema step; inside the caller's transaction if any.
    Status rebuild();

private:
    StoreDatabase &m_db;
};

} // namespace galley
