#include "pgsearch.h"

#include "store/bm25.h"
#include "store/ftsquery.h"
#include "store/searchsnippet.h"
#include "store/storedatabase.h"
#include "store/storerows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct PgSearchTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

// The words of a searchWords() text.
int wordCount(const QString &words)
{
    return words.isEmpty() ? 0 : int(words.count(u' ')) + 1;
}

struct PgRanked
{
    qint64 id = 0;
    double score = 0;
};

// Equal scores: the newer issue (higher id) first, as FtsRanker orders them.
bool pgRankedBefore(const PgRanked &a, const PgRanked &b)
{
    return a.score > b.score || (a.score == b.score && a.id > b.id);
}

} // namespace

QStringList PgSearch::schemaSql()
{
    // The text's words start with `-0`, a lexeme no toTsQuery() phrase can contain: the
    // tsvector of the two parts is one position list, and without it a phrase could run from
    // the title's last word into the text's first, which FTS5's columns never allow.
    return {
        uR"(CREATE TABLE issue_search (
              issue_id bigint PRIMARY KEY REFERENCES issues (id) ON DELETE CASCADE,
              title_words text NOT NULL, body_words text NOT NULL, words integer NOT NULL,
              tsv tsvector GENERATED ALWAYS AS (
                  setweight(to_tsvector('simple', title_words), 'A')
                  || setweight(to_tsvector('simple', '-0 ' || body_words), 'D')) STORED))"_s,
        u"CREATE INDEX issue_search_tsv ON issue_search USING gin (tsv)"_s,
        // The idf and the average length need the archive's issues and words: one row, kept
        // by insert() and remove(), instead of summing every issue's length per search.
        uR"(CREATE TABLE issue_search_totals (
              one boolean PRIMARY KEY DEFAULT true CHECK (one),
              issues bigint NOT NULL, words bigint NOT NULL))"_s,
        u"INSERT INTO issue_search_totals (issues, words) VALUES (0, 0)"_s,
    };
}

Status PgSearch::insert(qint64 issueId, const QString &title, const QString &text)
{
    const QString what = PgSearchTr::tr("Indexing the issue for search");
    const QString titleWords = searchWords(title);
    const QString bodyWords = searchWords(text);
    const int words = wordCount(titleWords) + wordCount(bodyWords);
    // The row and the totals in one statement: one round trip to the server, not two.
    auto q = m_db.run(u"WITH added AS (INSERT INTO issue_search (issue_id, title_words, "
                      "body_words, words) VALUES (?, ?, ?, ?)) "
                      "UPDATE issue_search_totals SET issues = issues + 1, words = words + ?"_s,
                      {issueId, titleWords, bodyWords, words, qint64(words)}, what);
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

Status PgSearch::remove(qint64 issueId, const QString &, const QString &)
{
    // The row knows its words; FTS5 needed them passed in only because it keeps no content.
    return removeStored(issueId);
}

Status PgSearch::removeStored(qint64 issueId)
{
    const QString what = PgSearchTr::tr("Indexing the issue for search");
    auto q = m_db.run(u"DELETE FROM issue_search WHERE issue_id = ? RETURNING words"_s, {issueId},
                      what);
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    const bool found = r.next();
    const qint64 words = found ? r.value(0).toLongLong() : 0;
    StoreDatabase::done(r);
    if (!found)
        return Done {}; // in the trash, or never indexed
    auto t = m_db.run(u"UPDATE issue_search_totals SET issues = issues - 1, words = words - ?"_s,
                      {words}, what);
    if (!t)
        return t.error();
    StoreDatabase::done(**t);
    return Done {};
}

Status PgSearch::setMergeWidth(int)
{
    return Done {};
}

Status PgSearch::readMatches(const QStringList &terms, qint64 rows, std::vector<qint64> *ids,
                             std::vector<double> *lengths, std::vector<double> *counts,
                             std::vector<double> *idf)
{
    const QString what = PgSearchTr::tr("Searching");
    const QString all = terms.join(u" & "_s);
    // The terms travel as one value, so that the statement's text depends only on how many
    // there are.
    const size_t n = size_t(terms.size());
    QString sql = u"SELECT s.issue_id, s.words"_s;
    for (size_t i = 1; i <= n; ++i)
        sql += u", ts_rank_cd('{0.2,0,0,1}', s.tsv, w.q[%1], 0)"_s.arg(i);
    sql += u" FROM issue_search s, (SELECT array_agg(to_tsquery('simple', t) ORDER BY i) AS q "
           "FROM unnest(string_to_array(?, E'\\n')) WITH ORDINALITY AS u (t, i)) w "
           "WHERE s.tsv @@ to_tsquery('simple', ?)"_s;
    {
        auto q = m_db.run(sql, {terms.join(u'\n'), all}, what);
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        while (r.next()) {
            ids->push_back(r.value(0).toLongLong());
            lengths->push_back(r.value(1).toDouble());
            // ts_rank_cd sums weights of 1 and 0.2 (a float4): five times that is f, whole.
            for (int i = 0; i < int(n); ++i)
                counts->push_back(std::round(5.0 * r.value(2 + i).toDouble()));
        }
        StoreDatabase::done(r);
    }
    // The idf as FTS5's bm25() has it. One word: the matches are its issues. Several, and more
    // than half of the archive matched: each word is in more than half, every idf at the floor.
    // Otherwise each word's issues are counted, up to half of the archive (past it, the floor).
    const qint64 matches = qint64(ids->size());
    if (n == 1) {
        (*idf)[0] = bm25::idf(rows, matches);
    } else if (matches > 0 && 2 * matches <= rows) {
        for (size_t i = 0; i < n; ++i) {
            auto q = m_db.run(u"SELECT count(*) FROM (SELECT 1 FROM issue_search "
                              "WHERE tsv @@ to_tsquery('simple', ?) LIMIT ?) s"_s,
                              {terms.at(qsizetype(i)), rows / 2 + 1}, what);
            if (!q)
                return q.error();
            QSqlQuery &r = **q;
            const qint64 issues = r.next() ? r.value(0).toLongLong() : 0;
            StoreDatabase::done(r);
            (*idf)[i] = bm25::idf(rows, issues);
        }
    }
    return Done {};
}

Result<QList<SearchHit>> PgSearch::search(const QString &userQuery, int limit)
{
    const QStringList terms = tsQueryTerms(userQuery);
    if (terms.isEmpty() || limit <= 0)
        return QList<SearchHit> {};
    const QString what = PgSearchTr::tr("Searching");

    qint64 rows = 0;
    double averageLength = 1.0;
    {
        auto q = m_db.run(u"SELECT issues, words FROM issue_search_totals"_s, {}, what);
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        if (r.next()) {
            rows = r.value(0).toLongLong();
            const qint64 words = r.value(1).toLongLong();
            averageLength = rows > 0 ? double(words) / double(rows) : 1.0;
        }
        StoreDatabase::done(r);
    }

    // Every match's length and f per word (see the class comment), then the idf.
    std::vector<qint64> ids;
    std::vector<double> lengths;
    std::vector<double> counts; // n per match
    const size_t n = size_t(terms.size());
    std::vector<double> idf(n, bm25::idf(1, 1));
    // PostgreSQL's planner prices `tsv @@ q` on a row as nearly free, so for a common word it
    // scans the whole table and matches every issue's tsvector, half of such a search's time;
    // the GIN index finds the same rows without reading any. Only for these statements.
    if (Status s = m_db.execute(u"SET enable_seqscan = off"_s, what); !s)
        return s.error();
    const Status read = readMatches(terms, rows, &ids, &lengths, &counts, &idf);
    const Status reset = m_db.execute(u"RESET enable_seqscan"_s, what);
    if (!read)
        return read.error();
    if (!reset)
        return reset.error();
    if (ids.empty())
        return QList<SearchHit> {};

    std::vector<PgRanked> ranked(ids.size());
    for (size_t m = 0; m < ids.size(); ++m)
        ranked[m] = {ids[m],
                     bm25::score(counts.data() + m * n, idf.data(), n, lengths[m], averageLength)};
    const size_t kept = std::min(ranked.size(), size_t(limit));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(kept), ranked.end(),
                      pgRankedBefore);
    ranked.resize(kept);

    // The hits' issues in one statement; snippets from their documents, as on SQLite.
    QStringList idList;
    for (const PgRanked &h : ranked)
        idList << QString::number(h.id);
    QHash<qint64, SearchHit> byId;
    {
        auto q = m_db.run(u"SELECT id, number, title, date, status, document FROM issues "
                          "WHERE id = ANY (string_to_array(?, ',')::bigint[])"_s,
                          {idList.join(u',')}, what);
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        const QList<SearchTerm> words = searchTerms(userQuery);
        while (r.next()) {
            SearchHit h;
            storerows::readIssueRef(r, &h);
            h.snippet = searchSnippet(searchSnippetSource(r.value(5).toString()), words);
            byId.insert(h.issueId, h);
        }
        StoreDatabase::done(r);
    }
    QList<SearchHit> hits;
    hits.reserve(qsizetype(kept));
    for (const PgRanked &h : ranked) {
        auto it = byId.find(h.id);
        if (it == byId.end())
            continue;
        it->rank = -h.score;
        hits.append(*it);
    }
    return hits;
}

} // namespace galley
