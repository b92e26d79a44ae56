#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstddef>

// FTS5's bm25(issues_fts, 5.0, 1.0), the search's ranking on every engine: FtsRanker computes it
// on SQLite, PgSearch on PostgreSQL, with these functions, so that both order hits alike. For
// each word of the query
//   idf(word) * f * (k1 + 1) / (f + k1 * (1 - b + b * |D| / avgdl)),   k1 = 1.2, b = 0.75
// where f counts the word's occurrences in the issue, a title occurrence as five, |D| is the
// issue's length in words and avgdl the archive's average. Higher is better.
namespace galley::bm25 {

inline constexpr double k1 = 1.2;
inline constexpr double b = 0.75;
inline constexpr double titleWeight = 5.0;

// bm25()'s idf, floored the same way: a word in more than half of the issues weighs next to
// nothing.
inline double idf(qint64 rows, qint64 matching)
{
    const double idf = std::log((double(rows - matching) + 0.5) / (double(matching) + 0.5));
    return idf <= 0.0 ? 1e-6 : idf;
}

// One issue's score: `f[i]` and `idf[i]` for each of the query's `words`, in bm25()'s
// arithmetic and order, so that the scores are the same doubles as FTS5's.
inline double score(const double *f, const double *idf, size_t words, double length,
                    double averageLength)
{
    const double lengthFactor = k1 * (1 - b + b * length / averageLength);
    double score = 0;
    for (size_t i = 0; i < words; ++i)
        score += idf[i] * ((f[i] * (k1 + 1.0)) / (f[i] + lengthFactor));
    return score;
}

} // namespace galley::bm25
