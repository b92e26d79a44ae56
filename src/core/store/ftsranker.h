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
// FTS5's `ORDER BY rank` runs bm25() on every matching row, and bm25() looks up each row's
// column sizes and decodes every occurrence of every term. In a newsletter archive the words
// people search for (a tool, "kubernetes", "the") occur in most issues, so that is thousands of
// lookups and millions of positions per search: 300 ms for 10,000 issues. This ranker is an
// FTS5 auxiliary function, galley_rank(issues_fts), that the search calls in a WHERE clause: it
// counts each row's occurrences; the rows themselves never leave SQLite. Only the best `limit`
// then get a snippet.
//
// The score is BM25 without the length normalisation (issues of a newsletter are of similar
// length, and skipping it saves the per-row size lookup):
//   sum over the query's words of idf(word) * f * (k1 + 1) / (f + k1),   k1 = 1.2
// where f counts the word's occurrences, a title occurrence as five. f saturates, so occurrences
// past the 64th are not counted (they would move the score by less than 2 %); idf is that of
// bm25() and only computed when the query has several words (for one word it scales every score
// alike), counting a word's issues only until they pass half of the archive, where bm25() puts
// the idf at its floor anyway.
//
// The idf is settled after the pass: when more than half of the archive matches every word, each
// word is in more than half of the issues, so every idf is at the floor and nothing needs
// counting. That is the costly case (two common words, "the" among them): counting the issues of
// each word first walked half of every word's list again. Otherwise the search asks for the
// counts with a second, one-row statement, galley_idf(issues_fts), and the pass's counts are
// scored then; the scores are the same numbers in either case. Higher is better.
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
    // After the ranking query: true when the idf of the words must be counted (run
    // `SELECT galley_idf(issues_fts) ... MATCH ... LIMIT 1` with the same expression).
    bool needsIdf() const;
    // After it: the kept hits, best first.
    QList<Hit> finish();

    // Called by SQLite: galley_rank() for each matching row, galley_idf() on one.
    void count(const Fts5ExtensionApi *api, Fts5Context *fts);
    void countIdf(const Fts5ExtensionApi *api, Fts5Context *fts);

    // For tests: check every row's fast occurrence count against FTS5's own iterator (normally
    // only a query's first row is checked); mismatches() counts the rows where they differed.
    void setVerifyEveryRow(bool on) { m_verifyEveryRow = on; }
    int mismatches() const { return m_mismatches; }

private:
    void offer(qint64 rowid, double score);

    std::vector<Hit> m_heap; // min-heap on score: the worst kept hit on top
    int m_limit = 0;
    int m_phrases = -1; // of the current query, known from its first row
    qint64 m_rows = 0; // in the index
    std::vector<qint64> m_rowids; // every matching row ...
    std::vector<double> m_counts; // ... and its f per word (m_phrases per row)
    std::vector<double> m_idf;
    bool m_verifyEveryRow = false;
    bool m_fastCountBroken = false; // the fast count disagreed once: use FTS5's iterator
    int m_mismatches = 0;
};

} // namespace galley
