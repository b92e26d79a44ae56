#pragma once

#include "result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace galley {

class StoreDatabase;

// One sent issue's contribution to the vocabulary: its distinct words (lower case) and the
// dictionary its front matter's `lang:` names ('' when none).
struct IssueWords
{
    QString language;
    QSet<QString> words;
};
// Reads them from a document (the front matter's lines for the language, without parsing the
// YAML); what the importer's worker threads do for each file, and rebuild() for each issue.
IssueWords issueWords(const QString &document);
// (language -> word -> issues)
using VocabularyCounts = QHash<QString, QHash<QString, int>>;

// The store's spelling memory (schema step 7): the personal dictionary and the archive's
// vocabulary, both per dictionary name ("en_US", see SpellChecker::dictionaryName), so the
// command line and every window share them. The vocabulary keeps every word's count of sent
// issues outside the trash; a word is known from archiveThreshold on. IssueRepository keeps the
// counts right one issue at a time (countIssue) when an issue is trashed, restored, changes
// status or a sent issue is edited; an import adds what came in or recounts everything.
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
    // Called by the schema step and after an import that changed archived issues; inside the
    // caller's transaction if any.
    Status rebuild();
    // Adds the words of newly archived issues to the counts (an import that only added issues:
    // the counts of the archive already there stay right without reading it again).
    Status add(const VocabularyCounts &counts);
    // One archived issue's words in (`sign` +1: it became sent, came back from the trash) or
    // out (-1), so the counts follow it without reading the rest of the archive.
    Status countIssue(const QString &document, int sign);
    // An archived issue's text changed: only the words it gained or lost change their counts
    // (an autosave of a sent issue being corrected touches a few words, not all of them).
    Status recountIssue(const QString &oldDocument, const QString &newDocument);

private:
    Status count(const IssueWords &words, int sign);

    StoreDatabase &m_db;
};

} // namespace galley
