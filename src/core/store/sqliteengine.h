#pragma once

#include "storeengine.h"

struct sqlite3;

namespace galley {

// The embedded engine: a store file opened with Qt's QSQLITE driver, in WAL mode, with the FTS5
// search (SearchIndex) and the ranking function registered on the connection (FtsRanker).
class SqliteEngine : public StoreEngine
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    Status open(StoreDatabase &db, const StoreLocation &where,
                const QString &connectionName) override;
    Status prepare(StoreDatabase &db) override;
    Error error(const QSqlError &sqlError, const QString &what,
                const QString &location) const override;
    bool forwardOnlyQueries() const override { return true; }
    QStringList beginWriteSql() const override;
    Status beforeCommit(StoreDatabase &) override { return Done {}; }
    bool inTransaction(StoreDatabase &db) const override;
    Result<int> schemaVersion(StoreDatabase &db, const QString &what) override;
    Status setSchemaVersion(StoreDatabase &db, int version, const QString &what) override;
    Result<bool> isEmpty(StoreDatabase &db, const QString &what) override;
    int baselineVersion() const override { return 0; }
    QStringList baselineSql() const override { return {}; }
    QStringList stepSql(int target) const override;
    QString foreignDatabaseMessage() const override;
    std::unique_ptr<SearchBackend> search(StoreDatabase &db) override;
    Result<qint64> dataVersion(StoreDatabase &db, const QString &what) override;
    Result<QString> integrityCheck(StoreDatabase &db, const QString &what) override;
    Status backupTo(StoreDatabase &db, const QString &temp, const QString &what) override;

private:
    sqlite3 *m_handle = nullptr; // the Qt connection's, for what Qt does not expose
};

} // namespace galley
