#include "linkindex.h"

#include "storedatabase.h"
#include "storerows.h"
#include "urlnormalizer.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct LinkIndexTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};
} // namespace

Status LinkIndex::replace(qint64 issueId, const QList<ExtractedLink> &links)
{
    const QString what = LinkIndexTr::tr("Indexing the issue's links");
    auto del = m_db.run(u"DELETE FROM links WHERE issue_id = ?"_s, {issueId}, what);
    if (!del)
        return del.error();
    return insert(issueId, links);
}

Status LinkIndex::insert(qint64 issueId, const QList<ExtractedLink> &links)
{
    // An issue has 15 to 30 links: a statement for each would be most of an import's round
    // trips to a PostgreSQL server; insertRows writes many at once (an import's batch: all of
    // them, at its end).
    QVariantList values;
    values.reserve(links.size() * 6);
    for (qsizetype i = 0; i < links.size(); ++i) {
        const ExtractedLink &l = links.at(i);
        values << issueId << int(i) << l.url << l.normalized << l.section << int(l.sponsor);
    }
    return m_db.insertRows(u"links"_s, u"issue_id, position, url, normalized, section, sponsor"_s,
                           6, values, LinkIndexTr::tr("Indexing the issue's links"));
}

Result<QList<LinkUse>> LinkIndex::uses(const QString &url, bool outlinedOnly)
{
    const QString key = normalizeUrl(url);
    if (key.isEmpty())
        return QList<LinkUse> {};
    const QString outlined = outlinedOnly
        ? u"AND EXISTS (SELECT 1 FROM issue_outlines o WHERE o.issue_id = i.id) "_s
        : QString();
    auto q = m_db.run(u"SELECT i.id, i.number, i.title, i.date, i.status, l.url, l.section, "
                      "l.sponsor FROM links l JOIN issues i ON i.id = l.issue_id "
                      "WHERE l.normalized = ? AND i.deleted IS NULL "_s
                          + outlined
                          + u"ORDER BY i.sort_key DESC, i.number DESC, i.id DESC, l.position"_s,
                      {key}, LinkIndexTr::tr("Looking up the link"));
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    QList<LinkUse> uses;
    while (r.next()) {
        LinkUse u;
        storerows::readIssueRef(r, &u);
        u.url = r.value(5).toString();
        u.section = r.value(6).toString();
        u.sponsor = r.value(7).toBool();
        uses.append(u);
    }
    StoreDatabase::done(r);
    return uses;
}

Result<QList<LinkUse>> LinkIndex::all()
{
    auto q = m_db.run(u"SELECT l.issue_id, l.url, l.normalized, l.sponsor FROM links l "
                      "JOIN issues i ON i.id = l.issue_id WHERE i.deleted IS NULL"_s,
                      {}, LinkIndexTr::tr("Reading the links"));
    if (!q)
        return q.error();
    return readPlainUses(**q);
}

Result<QList<LinkUse>> LinkIndex::ofIssue(qint64 issueId)
{
    auto q = m_db.run(u"SELECT issue_id, url, normalized, sponsor FROM links WHERE issue_id = ? "
                      "ORDER BY position"_s,
                      {issueId}, LinkIndexTr::tr("Reading the links"));
    if (!q)
        return q.error();
    return readPlainUses(**q);
}

QList<LinkUse> LinkIndex::readPlainUses(QSqlQuery &r)
{
    QList<LinkUse> uses;
    while (r.next()) {
        LinkUse u;
        u.issueId = r.value(0).toLongLong();
        u.url = r.value(1).toString();
        u.normalized = r.value(2).toString();
        u.sponsor = r.value(3).toBool();
        uses.append(u);
    }
    StoreDatabase::done(r);
    return uses;
}

} // namespace galley
