#pragma once

#include "result.h"
#include "store.h"

namespace galley {

class StoreDatabase;

// The FTS5 table over titles and bodies. Issues in the trash are taken out of it.
class SearchIndex
{
public:
    explicit SearchIndex(StoreDatabase &db)
        : m_db(db)
    { }

    Status replace(qint64 issueId, const QString &title, const QString &text);
    // For an issue not in the index yet (a new one): no delete to try first.
    Status insert(qint64 issueId, const QString &title, const QString &text);
    Status remove(qint64 issueId);
    Result<QList<SearchHit>> search(const QString &userQuery, int limit);

private:
    StoreDatabase &m_db;
};

} // namespace galley
