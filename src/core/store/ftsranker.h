#pragma once

#include <QList>
#include <QtGlobal>

#include <vector>

struct sqlite3;

namespace galley {

// Ranks full-text matches in a single pass over them, keeping only the best few.
//
// FTS5's `ORDER BY rank` runs bm25() on every matching row, and bm25() looks up each row's
// column sizes and decodes every occurrence of every term. In a newsletter archive the words
// people search for (a tool, "kubernetes", "the") occur in most issues, so that is thousands of
// lookups and millions of positions per search: 300 ms for 10,000 issues. This ranker is an
// FTS5 auxiliary function, galley_rank(issues_fts), that the search calls in a WHERE clause: it
// scores the row and keeps it in a bounded heap when it is among the best `limit` so far; the
// rows themselves never leave SQLite. Only the survivors then get a snippet.
//
// The score is BM25 without the length normalisation (issues of a newsletter are of similar
// length, and skipping it saves the per-row size lookup):
//   sum over the query's words of idf(word) * f * (k1 + 1) / (f + k1),   k1 = 1.2
// where f counts the word's occurrences, a title occurrence as five. f saturates, so occurrences
// past the 64th are not counted (they would move the score by less than 2 %); idf is that of
// bm25() and only computed when the query has several words (for one word it scales every score
// alike), counting a word's issues only until they pass half of the archive, where bm25() puts
// the idf at its floor anyway. Higher is better.
class FtsRanker
{
public:
    struct Hit
    {
        qint64 rowid = 0;
        double score = 0;
    };

    // Registers galley_rank() on `db` (the Qt connection's handle). The ranker must outlive the
    // connection's use of the function. Returns false when FTS5 is missing.
    bool install(sqlite3 *db);

    // Before running the ranking query: keep at most `limit` hits.
    void start(int limit);
    // After it: the kept hits, best first.
    QList<Hit> finish();

    // Called by SQLite for each matching row.
    void offer(qint64 rowid, double score);

private:
    std::vector<Hit> m_heap; // min-heap on score: the worst kept hit on top
    int m_limit = 0;
};

} // namespace galley
