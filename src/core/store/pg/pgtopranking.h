#pragma once

#include "result.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace galley {

class StoreDatabase;

// The best few issues of a search on PostgreSQL without scoring every match (PgSearch's
// exhaustive ranking reads every (word, issue) row of every word, and the words people search
// for are in most issues: 100,000 rows for one word of a 100,000-issue archive).
//
// Each word's rows are also indexed in the order of their bm25 term, best first
// (issue_terms_impact, schema step `schemaStep`): the term of a word in an issue,
//   f * (k1 + 1) / (f + k1 * (1 - b + b * len / avgdl))  =  2.2 / (1 + q),
//   q = (0.3 + 0.9 * len / avgdl) / f  =  (0.9 / avgdl) * (len + avgdl / 3) / f,
// falls as q grows, and the index's key is (len + c) / f with c fixed (`lengthOffset`): the same
// order as q's when avgdl is 3c, and for any avgdl q >= 0.9 * key / max(avgdl, 3c), so a row
// later in the index than one with key K has a term of at most 2.2 / (1 + 0.9 K / max(...)).
//
// The search is Fagin's threshold algorithm: the first rows of every word's index (64, then twice
// as many each round), every issue seen there scored exactly from all its rows (an AND: an
// issue without one of the words is no hit), and a bound on the score of every issue not seen
// yet: the sum over the words of idf times the word's bound (for a prefix, the bound of its
// words' summed f, from their keys). Once `limit` issues score above that bound, no other issue
// can enter; the hits, order and scores are those of scoring every match (tst_pgtopranking
// compares them). Should the bound stay high (many words that all matter), it gives up after
// 16,384 rows of each term, and the caller scores every match.
//
// The idf needs each word's count of issues: counted in the word's index range, but only up to
// half of the archive (past that the idf is at its floor, whatever the rest).
class PgTopRanking
{
public:
    struct Hit
    {
        qint64 id = 0;
        double score = 0;
    };

    // The schema step that adds the prefix rows and the impact index (the lead renumbers steps
    // when merging).
    static constexpr int schemaStep = 9;
    static QStringList stepSql();

    // A prefix of two or three letters (`in*`, `kub*`) is a term of its own, as FTS5's
    // prefix='2 3' index has them: its f in an issue the sum of its words' (`in`, `into`,
    // `index`, ...), so that a short prefix, whose words are often many and common, is one row per
    // issue and one list in impact order. Its word is the prefix followed by `*`, which no word
    // of the text has. Adds them to an issue's f per word.
    static void addPrefixTerms(QHash<QString, int> &f);
    // The term of a prefix token, or an empty string when it has none (not two or three
    // letters: a longer prefix is the range of its words).
    static QString prefixTerm(const QString &token);
    // c of the index key (len + c) / f: the order is exact for an archive whose issues average
    // 3c words (1,200 here: a newsletter of 20 to 30 links with a paragraph each) and close to
    // it for other averages; only how far the search reads depends on it, never its result.
    static constexpr double lengthOffset = 400.0;
    // The index key's expression in SQL, (len + lengthOffset) / f in float8 arithmetic.
    static QString impactKeySql();

    // `words`: for each word of the query its term ids (several for a prefix), none empty.
    // The best `limit` issues, best first (equal scores: the newer issue first), or nothing
    // when it gave up.
    static Result<std::optional<std::vector<Hit>>>
    rank(StoreDatabase &db, const std::vector<std::vector<qint64>> &words, int limit);

    // For tests: how many index rows the last rank() read in their impact order (each round's
    // rows counted once), to see that it stopped before the end of a word's rows.
    static qint64 lastSortedReads();
    // For tests: how many times rank() ran in this process (a search without the rows' key scores
    // every match instead, PgSearch::search).
    static qint64 calls();
};

} // namespace galley
