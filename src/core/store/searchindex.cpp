#include "searchindex.h"

#include "ftsquery.h"
#include "searchsnippet.h"
#include "storedatabase.h"
#include "storerows.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};
} // namespace

Status SearchIndex::replace(qint64 issueId, const QString &title, const QString &text)
{
    Status s = remove(issueId);
    if (!s)
        return s;
    return insert(issueId, title, text);
}

Status SearchIndex::insert(qint64 issueId, const QString &title, const QString &text)
{
    auto q = m_db.run(u"INSERT INTO issues_fts (rowid, title, body) VALUES (?, ?, ?)"_s,
                      {issueId, title, text}, Tr::tr("Indexing the issue for search"));
    if (!q)
        return q.error();
    return Done {};
}

Status SearchIndex::remove(qint64 issueId)
{
    auto q = m_db.run(u"DELETE FROM issues_fts WHERE rowid = ?"_s, {issueId},
                      Tr::tr("Indexing the issue for search"));
    if (!q)
        return q.error();
    return Done {};
}

Result<QList<SearchHit>> SearchIndex::search(const QString &userQuery, int limit)
{
    const QString match = toFtsQuery(userQuery);
    if (match.isEmpty() || limit <= 0)
        return QList<SearchHit> {};
    const QString what = Tr::tr("Searching");
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
        // The body as its UTF-8 bytes: SQLite's own conversion to UTF-16 is several times slower
        // than Qt's, and a common word makes this a page of long bodies.
        auto q = m_db.run(u"SELECT i.id, i.number, i.title, i.date, i.status, "
                          "CAST(f.body AS BLOB) "
                          "FROM issues i JOIN issues_fts f ON f.rowid = i.id WHERE i.id = ?"_s,
                          {b.rowid}, what);
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        if (r.next()) {
            SearchHit h;
            storerows::readIssueRef(r, &h);
            h.snippet = searchSnippet(QString::fromUtf8(r.value(5).toByteArray()), terms);
            h.rank = -b.score;
            hits.append(h);
        }
        StoreDatabase::done(r);
    }
    return hits;
}

} // namespace galley
