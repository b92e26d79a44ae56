#pragma once

#include "store/searchbackend.h"

#include <QStringList>

#include <vector>

namespace galley {

class StoreDatabase;

// Full-text search on PostgreSQL, with the same hits, order and snippets as FTS5 on SQLite
// (tst_pgsearchparity compares them).
//
// The index is a side table, issue_search: per issue its title and text as searchWords() gives
// them (FTS5's unicode61 tokens, case and diacritics folded), their length in words, and a
// generated tsvector over both (the title weighted A, the text D) with a GIN index. PostgreSQL's
// own parser never sees `foo-bar` or `café`, so a word matches the same issues as in FTS5.
// Issues in the trash have no row, as in FTS5.
//
// Ranking is FTS5's bm25(5.0, 1.0) (bm25.h), not ts_rank: for every matching issue the query
// reads f, the weighted count of each word (ts_rank_cd with weights A = 1, D = 0.2 and no
// normalisation sums the weights of the occurrences: five for a title word, one for a text word
// once multiplied by five), and the issue's length; the scores are computed here. The idf needs
// the number of issues (issue_search_totals, kept by insert and remove) and, for several words
// of which not every one is common, each word's issue count up to half of the archive. A word
// that occurs more than 255 times in an issue counts as 255 (tsvector keeps 256 positions).
//
// The cost grows with the matches and their occurrences: every match's tsvector is read and its
// occurrences counted, so a word in nearly every one of 10,000 issues takes 0.1 to 0.5 s where
// FTS5's ranker takes 6 ms (README). Choosing fewer issues to rank without reading them (the
// newest, the longest, a per-issue list of its most frequent words) was measured to keep only
// 0 to 3 of the top 10; a table of (word, issue, count) read through a covering index was 3 to 5
// times faster than this and 226 MB at 10,000 issues. Neither is done here.
class PgSearch final : public SearchBackend
{
public:
    explicit PgSearch(StoreDatabase &db)
        : m_db(db)
    { }

    // The DDL of the search tables, for the PostgreSQL schema's baseline (after `issues`).
    static QStringList schemaSql();

    Status insert(qint64 issueId, const QString &title, const QString &text) override;
    Status remove(qint64 issueId, const QString &title, const QString &text) override;
    Status removeStored(qint64 issueId) override;
    Result<QList<SearchHit>> search(const QString &userQuery, int limit) override;
    // PostgreSQL has no segments to merge: nothing to do.
    Status setMergeWidth(int segments) override;

private:
    // Every match's id, length in words and f per term (n per match, in `counts`), and the
    // terms' idf, for an archive of `rows` issues.
    Status readMatches(const QStringList &terms, qint64 rows, std::vector<qint64> *ids,
                       std::vector<double> *lengths, std::vector<double> *counts,
                       std::vector<double> *idf);

    StoreDatabase &m_db;
};

} // namespace galley
