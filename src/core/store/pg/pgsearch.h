#pragma once

#include "store/countedsearchterms.h"
#include "store/searchbackend.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace galley {

class StoreDatabase;

// Issues indexed but not yet written to the index tables: in a transaction without savepoints
// (an import's batch of 100 issues), PgSearch::insert only collects them here, and they are
// written before the commit (PgEngine::beforeCommit) or before anything reads or removes index
// rows; a save's at once. Each word is looked up once per batch instead of twice per issue. A
// save's few rows go in one statement with everything else; a batch's (about 540 per issue) by
// COPY, put in the key's order here (PgSearch::flush). Rolled back with the transaction
// (PgEngine::rolledBack). Belongs to the engine, which outlives the PgSearch objects made for each
// call.
struct PgPendingIndex
{
    // Per issue.
    std::vector<qint64> issueIds;
    std::vector<qint64> lengths; // words in the issue
    QStringList titles; // searchWords() of the title, each with a '.' in front (see flush)
    QStringList bodies;
    // The batch's words, each once, and where each is in that list; for each, how many of the
    // batch's issues have it (added to its count of issues).
    QStringList words;
    QHash<QString, int> wordNumbers;
    std::vector<int> issuesPerWord;
    // Per (word, issue): the word's place in `words`, f (a title occurrence counts five) and
    // the issue's place in `issueIds`.
    struct Row
    {
        int word = 0;
        int f = 0;
        int issue = 0;
    };
    std::vector<Row> rows;
    qint64 totalWords = 0;

    bool isEmpty() const { return issueIds.empty(); }
    void clear() { *this = {}; }
};

// Full-text search on PostgreSQL, with the same hits, order and snippets as FTS5 on SQLite
// (tst_pgsearchparity compares them).
//
// The index is three tables. issue_search: per issue its title and text as searchWords() gives
// them (FTS5's unicode61 tokens, case and diacritics folded) and their length in words.
// search_terms: every word once, with an id. issue_terms: per word and issue, f (the word's
// occurrences, a title one counting five) and the issue's length, in the key's index (word, issue)
// INCLUDE (f, len); search_terms also keeps each word's count of issues (schema step `countsStep`),
// the idf's. PostgreSQL's own parser never sees the text, so a word matches the same issues as in
// FTS5. Issues in the trash have no rows, as in FTS5.
//
// Ranking is FTS5's bm25(5.0, 1.0) (bm25.h), computed by the server: each word of the query is
// an index-only range of issue_terms (a prefix: the words between it and it followed by the
// highest code point, summed per issue), its count of rows gives the idf, and the best `limit`
// issues by score come back, the score then computed again here from their f and length with
// bm25.h, the same doubles. A word of several tokens (`foo-bar`) is a phrase: the issues with
// all its tokens, and its occurrences counted in their words with a regular expression. The
// archive's issue and word totals (issue_search_totals) are kept by insert and remove.
//
// A prefix of two or three letters is a term of its own (`in*`, the sum of its words' f, schema
// step 9), and a query of words (no phrase) is ranked by PgTopRanking, which reads each term's
// rows best first and stops early; the rest score every match, whose cost grows with the
// matches: a word in every one of 10,000 issues reads 10,000 index entries. Until VACUUM has
// marked new rows' pages all-visible the scan visits the table too, so an import ends with one
// (setMergeWidth()).
class PgSearch final : public SearchBackend
{
public:
    // `schema`: the store's, as the server spells it. `keyDeferred`: the engine's import has set
    // the key of the rows aside (PgSearchIndexes).
    PgSearch(StoreDatabase &db, const QString &schema, PgPendingIndex &pending,
             const bool &keyDeferred)
        : m_db(db)
        , m_schema(schema)
        , m_pending(pending)
        , m_keyDeferred(keyDeferred)
    { }

    // The schema step that built today's tables (step 7's were a tsvector with a GIN index).
    static constexpr int schemaStep = 8;
    // The DDL of the search tables as schema version 7 had them, for the PostgreSQL schema's
    // baseline (after `issues`).
    static QStringList baselineSql();
    // Step schemaStep: today's tables, filled from the words version 7 kept.
    static QStringList stepSql();
    // The step that keeps each word's count of issues in search_terms.issues, so that a
    // search reads it instead of counting a common word's rows (up to 50,000 index entries in
    // an archive of 100,000, 20 ms) (the lead renumbers steps when merging).
    static constexpr int countsStep = 10;
    static QStringList countsStepSql();
    // The step that drops issue_search.term_ids, the ids of each issue's words: only a removal
    // read them, and writing them was a quarter of an import's search statement (50 ms of a
    // 100-issue batch's 180). A removal finds the ids from the row's words instead.
    static constexpr int wordIdsStep = 11;
    static QStringList wordIdsStepSql();

    Status insert(qint64 issueId, const IssueFacts &facts) override;
    // An issue's terms as insert() writes them: its words, and their prefix terms of two and
    // three letters (PgTopRanking::addPrefixTerms). Pure: an import counts them on its worker
    // threads (StoreEngine::searchTermCounter()).
    static CountedSearchTerms countTerms(const QString &title, const QString &text);
    Status remove(qint64 issueId, const QString &title, const QString &text) override;
    Status removeStored(qint64 issueId) override;
    Result<QList<SearchHit>> search(const QString &userQuery, int limit) override;
    // PostgreSQL has no segments to merge: nothing to do.
    Status setMergeWidth(int segments) override;
    // Writes the issues collected in `pending` (see PgPendingIndex) and empties it.
    static Status flush(StoreDatabase &db, PgPendingIndex &pending);

private:
    Status flush() { return flush(m_db, m_pending); }

    StoreDatabase &m_db;
    const QString m_schema;
    PgPendingIndex &m_pending;
    const bool &m_keyDeferred;
};

} // namespace galley
