#include "outlineindex.h"

#include "storedatabase.h"
#include "storerows.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct OutlineIndexTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};
} // namespace

QString OutlineIndex::encodeSections(const QStringList &sections)
{
    QString out = u""_s; // never null: the column is NOT NULL
    for (QString heading : sections) {
        if (heading.contains(u'\\') || heading.contains(u'\n'))
            heading.replace(u"\\"_s, u"\\\\"_s).replace(u"\n"_s, u"\\n"_s);
        out += heading + u'\n';
    }
    return out;
}

QStringList OutlineIndex::decodeSections(const QString &text)
{
    QStringList sections = text.split(u'\n');
    sections.removeLast(); // after the last heading's newline (or the empty text)
    for (QString &heading : sections) {
        if (!heading.contains(u'\\'))
            continue;
        QString plain;
        plain.reserve(heading.size());
        for (qsizetype i = 0; i < heading.size(); ++i) {
            if (heading.at(i) == u'\\' && i + 1 < heading.size()) {
                ++i;
                plain += heading.at(i) == u'n' ? u'\n' : heading.at(i);
            } else {
                plain += heading.at(i);
            }
        }
        heading = plain;
    }
    return sections;
}

Status OutlineIndex::insert(qint64 issueId, const IssueFacts &facts)
{
    if (!facts.sections)
        return Done {};
    return m_db.insertRows(
        u"issue_outlines"_s, u"issue_id, day, sections"_s, 3,
        {issueId, facts.day ? QVariant(*facts.day) : QVariant(QMetaType(QMetaType::LongLong)),
         encodeSections(*facts.sections)},
        OutlineIndexTr::tr("Indexing the issue's sections"));
}

Status OutlineIndex::replace(qint64 issueId, const IssueFacts &facts)
{
    if (!facts.sections)
        return remove(issueId);
    auto q = m_db.run(u"INSERT INTO issue_outlines (issue_id, day, sections) VALUES (?, ?, ?) "
                      "ON CONFLICT (issue_id) DO UPDATE SET day = excluded.day, "
                      "sections = excluded.sections"_s,
                      {issueId,
                       facts.day ? QVariant(*facts.day) : QVariant(QMetaType(QMetaType::LongLong)),
                       encodeSections(*facts.sections)},
                      OutlineIndexTr::tr("Indexing the issue's sections"));
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

Status OutlineIndex::remove(qint64 issueId)
{
    auto q = m_db.run(u"DELETE FROM issue_outlines WHERE issue_id = ?"_s, {issueId},
                      OutlineIndexTr::tr("Indexing the issue's sections"));
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

namespace {
const QString outlineSelect
    = u"SELECT i.id, i.number, i.title, o.day, i.status, o.sections "
      "FROM issues i JOIN issue_outlines o ON o.issue_id = i.id WHERE i.deleted IS NULL"_s;
const QString listOrder = u" ORDER BY i.sort_key DESC, i.number DESC, i.updated DESC"_s;
} // namespace

Result<QList<IssueOutline>> OutlineIndex::list()
{
    auto q = m_db.run(outlineSelect + listOrder, {}, OutlineIndexTr::tr("Reading the archive"));
    if (!q)
        return q.error();
    return read(**q);
}

Result<QList<IssueOutline>> OutlineIndex::around(int number)
{
    // Through the number index: a few rows whatever the archive's size.
    auto q = m_db.run(outlineSelect
                          + u" AND (i.number = ? OR i.number IN (SELECT DISTINCT n.number "
                            "FROM issues n JOIN issue_outlines m ON m.issue_id = n.id "
                            "WHERE n.number < ? AND n.deleted IS NULL "
                            "ORDER BY n.number DESC LIMIT 2))"_s
                          + listOrder,
                      {number, number}, OutlineIndexTr::tr("Reading the archive"));
    if (!q)
        return q.error();
    return read(**q);
}

QList<IssueOutline> OutlineIndex::read(QSqlQuery &r)
{
    QList<IssueOutline> list;
    while (r.next()) {
        IssueOutline o;
        o.id = r.value(0).toLongLong();
        o.number = storerows::optionalInt(r.value(1));
        o.title = r.value(2).toString();
        if (!r.value(3).isNull())
            o.date = QDate::fromJulianDay(r.value(3).toLongLong());
        o.status = storerows::status(r.value(4));
        o.sections = decodeSections(r.value(5).toString());
        list.append(std::move(o));
    }
    StoreDatabase::done(r);
    return list;
}

} // namespace galley
