#pragma once

#include <QList>
#include <QtGlobal>

#include <vector>

struct sqlite3;
struct Fts5ExtensionApi;
struct Fts5Context;

namespace galley {

// Ranks full-text matches in a single pass over them, keeping only the best few.
//
// The score is FTS5's own bm25(issues_fts, 5.0, 1.0), the same number in the same arithmetic
// (tst_searchranking compares them): for each word of the query
//   idf(word) * f * (k1 + 1) / (f + k1 * (1 - b + b * |D| / avgdl)),   k1 = 1.2, b = 0.75
// where f counts the word's occurrences in the issue, a title occurrence as five, |D| is the
// issue's length in words and avgdl the archive's average; idf is floored at 1e-6 for a word in
// more than half of the issues. Higher is better.
//
// `ORDER BY bm25()` computes that for every matching row through FTS5's instance API: a function
// call per occurrence, and the words people search for (a tool, "kubernetes", "the") occur in
// most issues, hundreds of times in some: 300 ms for 10,000 issues. This ranker is an FTS5
// auxiliary function, galley_rank(issues_fts), that the search calls in a WHERE clause: it reads
// each row's position lists itself (a few instructions per occurrence) and keeps only the counts
// and the length; the rows themselves never leave SQLite. Only the best `limit` then get a
// snippet.
//
// The idf is settled after the pass. One word: the rows that matched are the rows that hold it.
// Several words, and more than half of the archive matches every one: each is in more than half
// of the issues, so every idf is at the floor and nothing needs counting. That is the costly case
// (two common words, "the" among them): counting the issues of each word would walk half of
// every word's list again. Otherwise the search asks for the counts with a second, one-row
// statement, galley_idf(issues_fts), and the pass's counts are scored then.
class FtsRanker
{
public:
    struct Hit
    {
        qint64 rowid = 0;
        double score = 0;
    };

    // Registers galley_rank() and galley_idf() on `db` (the Qt connection's handle). The ranker
    // must outlive the connection's use of the functions. Returns false when FTS5 is missing.
    bool install(sqlite3 *db);

    // Before running the ranking query: keep at most `limit` hits.
    void start(int limit);
    // The search index changed on this connection (or may have: a rolled-back write): the issues'
    // lengths are read again before the next search. Changes by other connections are noticed
    // through `PRAGMA data_version`.
    void lengthsChanged() { m_lengthsLoaded = false; }
    // After the ranking query: true when the idf of the words must be counted (run
    // `SELECT galley_idf(issues_fts) ... MATCH ... LIMIT 1` with the same expression).
    bool needsIdf() const;
    // After it: the kept hits, best first.
    QList<Hit> finish();

    // Called by SQLite: galley_rank() for each matching row, galley_idf() on one.
    void count(const Fts5ExtensionApi *api, Fts5Context *fts);
    void countIdf(const Fts5ExtensionApi *api, Fts5Context *fts);

    // For tests: check every row's fast occurrence count and length against FTS5's own API
    // (normally only a query's first row is checked); mismatches() counts the rows where they
    // differed.
    void setVerifyEveryRow(bool on) { m_verifyEveryRow = on; }
    int mismatches() const { return m_mismatches; }

private:
    void offer(qint64 rowid, double score);
    void loadLengths();
    int length(const Fts5ExtensionApi *api, Fts5Context *fts, qint64 rowid, bool verify);

    // Every issue's length in words, by rowid (-1: not in the index), read from FTS5's docsize
    // table once and again only after a change: xColumnSize() looks each row up with a statement
    // of its own, 25 ms for a word in 10,000 issues. Checked against xColumnSize() on each
    // query's first row, as the occurrence counts are.
    sqlite3 *m_db = nullptr;
    std::vector<int> m_lengthById;
    bool m_lengthsLoaded = false;
    bool m_lengthsBroken = false; // could not be read (not our table): xColumnSize() for good
    qint64 m_dataVersion = -1;

    std::vector<Hit> m_heap; // min-heap on score: the worst kept hit on top
    int m_limit = 0;
    int m_phrases = -1; // of the current query, known from its first row
    qint64 m_rows = 0; // in the index
    double m_averageLength = 1.0; // of an issue, in words (bm25()'s avgdl)
    std::vector<qint64> m_rowids; // every matching row ...
    std::vector<double> m_lengths; // ... its length in words ...
    std::vector<double> m_counts; // ... and its f per word (m_phrases per row)
    std::vector<double> m_idf;
    bool m_verifyEveryRow = false;
    bool m_fastCountBroken = false; // the fast count disagreed once: use FTS5's iterator
    int m_mismatches = 0;
};

} // namespace galley
