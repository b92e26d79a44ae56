#pragma once

#include "issuefacts.h"
#include "result.h"
#include "store.h"

class QSqlQuery;

namespace galley {

class StoreDatabase;

// The links table: every link of every issue under its normalised form, for "has this been
// featured before?".
class LinkIndex
{
public:
    explicit LinkIndex(StoreDatabase &db)
        : m_db(db)
    { }

    Status replace(qint64 issueId, const QList<ExtractedLink> &links);
    // For an issue without links yet (a new one).
    Status insert(qint64 issueId, const QList<ExtractedLink> &links);
    // Issues in the trash are left out; with `outlinedOnly`, also those whose front matter
    // cannot be read (see Store::LinkScope).
    Result<QList<LinkUse>> uses(const QString &url, bool outlinedOnly = false);
    // Every link of every issue outside the trash, in no particular order (sorting 30,000 rows
    // costs more than the caller's own order); only issueId, url, normalized and sponsor are read.
    Result<QList<LinkUse>> all();
    // One issue's links in their order, read as all() reads them.
    Result<QList<LinkUse>> ofIssue(qint64 issueId);

private:
    static QList<LinkUse> readPlainUses(QSqlQuery &query);
    StoreDatabase &m_db;
};

} // namespace galley
