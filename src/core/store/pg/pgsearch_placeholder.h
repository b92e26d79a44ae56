#pragma once

#include "../searchbackend.h"

namespace galley {

class StoreDatabase;

// PLACEHOLDER until PgSearch (the pgsearch branch) is merged: indexes nothing, and a search
// says that search is not there yet. Not for a release.
class PgSearchPlaceholder : public SearchBackend
{
public:
    explicit PgSearchPlaceholder(StoreDatabase &db)
        : m_db(db)
    { }
    Status insert(qint64, const QString &, const QString &) override { return Done {}; }
    Status remove(qint64, const QString &, const QString &) override { return Done {}; }
    Status removeStored(qint64) override { return Done {}; }
    Result<QList<SearchHit>> search(const QString &userQuery, int limit) override;
    Status setMergeWidth(int) override { return Done {}; }

private:
    StoreDatabase &m_db;
};

} // namespace galley
