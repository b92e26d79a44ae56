#include "searchindex.h"

#include "ftsquery.h"
#include "issuefacts.h"
#include "searchsnippet.h"
#include "storedatabase.h"
#include "storerows.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct SearchIndexTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

} // namespace

Status SearchIndex::insert(qint64 issueId, const IssueFacts &facts)
{
    m_db.ranker().lengthsChanged();
    auto q = m_db.run(u"INSERT INTO issues_fts (rowid, title, body) VALUES (?, ?, ?)"_s,
                      {issueId, facts.title, facts.searchText},
                      SearchIndexTr::tr("Indexing the issue for search"));
    if (!q)
        return q.error();
    return Done {};
}

Status SearchIndex::removeStored(qint64 issueId)
{
    const QString what = SearchIndexTr::tr("Indexing the issue for search");
    auto q = m_db.run(u"SELECT title, document FROM issues WHERE id = ? AND deleted IS NULL"_s,
                      {issueId}, what);
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next()) {
        StoreDatabase::done(r);
        return Done {};
    }
    const QString title = r.value(0).toString();
    const QString text = indexedText(r.value(1).toString());
    StoreDatabase::done(r);
    return remove(issueId, title, text);
}

Status SearchIndex::remove(qint64 issueId, const QString &title, const QString &text)
{
    m_db.ranker().lengthsChanged();
    // A contentless table forgets a row only when told the values it was indexed with.
    auto q = m_db.run(u"INSERT INTO issues_fts (issues_fts, rowid, title, body) "
                      "VALUES ('delete', ?, ?, ?)"_s,
                      {issueId, title, text}, SearchIndexTr::tr("Indexing the issue for search"));
    if (!q)
        return q.error();
    return Done {};
}

Status SearchIndex::setMergeWidth(int segments)
{
    auto q = m_db.run(u"INSERT INTO issues_fts (issues_fts, rank) VALUES ('automerge', ?)"_s,
                      {segments}, SearchIndexTr::tr("Indexing the issue for search"));
    if (!q)
        return q.error();
    return Done {};
}

Result<QList<SearchHit>> SearchIndex::search(const QString &userQuery, int limit)
{
    const QString match = toFtsQuery(userQuery);
    if (match.isEmpty() || limit <= 0)
        return QList<SearchHit> {};
    const QString what = SearchIndexTr::tr("Searching");
    // One pass over the matches counts them (see FtsRanker); no row leaves SQLite, the best
    // `limit` are kept, and no snippet is made for a row that is not shown.
    FtsRanker &ranker = m_db.ranker();
    ranker.start(limit);
    // Runs one statement over the matches; the ranker hears about them through its functions.
    const auto overMatches = [&](const QString &sql) -> Status {
        auto q = m_db.run(sql, {match}, what);
        if (!q)
            return q.error();
        StoreDatabase::done(**q);
        return Done {};
    };
    Status s = overMatches(u"SELECT count(*) FROM issues_fts WHERE issues_fts MATCH ? "
                           "AND galley_rank(issues_fts)"_s);
    // Fewer than half of the issues matched: the words' idf needs their issue counts.
    if (s && ranker.needsIdf())
        s = overMatches(u"SELECT galley_idf(issues_fts) FROM issues_fts "
                        "WHERE issues_fts MATCH ? LIMIT 1"_s);
    if (!s) {
        ranker.finish();
        return s.error();
    }
    const QList<FtsRanker::Hit> best = ranker.finish();
    const QList<SearchTerm> terms = searchTerms(userQuery);
    QList<SearchHit> hits;
    hits.reserve(best.size());
    for (const FtsRanker::Hit &b : best) {
        // The document as its UTF-8 bytes: SQLite's own conversion to UTF-16 is several times
        // slower than Qt's, and a common word makes this a page of long documents.
        auto q = m_db.run(u"SELECT id, number, title, date, status, CAST(document AS BLOB) "
                          "FROM issues WHERE id = ?"_s,
                          {b.rowid}, what);
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        if (r.next()) {
            SearchHit h;
            storerows::readIssueRef(r, &h);
            h.snippet = searchSnippet(
                searchSnippetSource(QString::fromUtf8(r.value(5).toByteArray())), terms);
            h.rank = -b.score;
            hits.append(h);
        }
        StoreDatabase::done(r);
    }
    return hits;
}

} // namespace galley
