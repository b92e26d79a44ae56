#pragma once

#include "issuefacts.h"
#include "result.h"
#include "store.h"

class QSqlQuery;

namespace galley {

class StoreDatabase;

// The issue_outlines table (schema step 3): for every issue whose front matter can be read, the
// day of its date and its section headings, written with the issue in the same transaction. With
// the issues' own columns (number, title, status) they are all the checks and the next issue's
// plan read of the archive, so these never parse a document (issue 15, finding 6).
class OutlineIndex
{
public:
    explicit OutlineIndex(StoreDatabase &db)
        : m_db(db)
    { }

    // Writes what `facts` says; an issue whose front matter cannot be read gets no row.
    Status replace(qint64 issueId, const IssueFacts &facts);
    // The same for an issue just created, which has no row yet: an import's batch holds it
    // back and writes its issues' rows together (StoreDatabase::insertRows), not one
    // statement, one round trip to a PostgreSQL server, per issue.
    Status insert(qint64 issueId, const IssueFacts &facts);
    Status remove(qint64 issueId);
    // Every outlined issue outside the trash, in listIssues() order.
    Result<QList<IssueOutline>> list();
    // Those numbered `number` and those with the two highest numbers below it, same order.
    Result<QList<IssueOutline>> around(int number);

    // The headings in one TEXT column: each ends with a newline; a newline or backslash inside a
    // heading (a setext heading may span lines) is escaped.
    static QString encodeSections(const QStringList &sections);
    static QStringList decodeSections(const QString &text);

private:
    static QList<IssueOutline> read(QSqlQuery &rows);

    StoreDatabase &m_db;
};

} // namespace galley
