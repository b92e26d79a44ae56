#include "searchindex.h"

#include "ftsquery.h"
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
    // ORDER BY rank lets FTS5 sort by bm25 itself, and snippet() is then only computed for the
    // rows the LIMIT keeps.
    auto q = m_db.run(u"SELECT h.id, i.number, i.title, i.date, i.status, h.snip, h.rank FROM "
                      "(SELECT rowid AS id, snippet(issues_fts, -1, '[', ']', '…', 16) AS snip, "
                      "rank FROM issues_fts WHERE issues_fts MATCH ? ORDER BY rank LIMIT ?) h "
                      "JOIN issues i ON i.id = h.id ORDER BY h.rank"_s,
                      {match, limit}, Tr::tr("Searching"));
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    QList<SearchHit> hits;
    while (r.next()) {
        SearchHit h;
        h.issueId = r.value(0).toLongLong();
        h.number = storerows::optionalInt(r.value(1));
        h.title = r.value(2).toString();
        h.date = storerows::issueDate(r.value(3));
        h.status = storerows::status(r.value(4));
        h.snippet = r.value(5).toString();
        h.rank = r.value(6).toDouble();
        hits.append(h);
    }
    StoreDatabase::done(r);
    return hits;
}

} // namespace galley
