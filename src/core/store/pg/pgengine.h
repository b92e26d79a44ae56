#pragma once

#include "../storeengine.h"
#include "pgchangefeed.h"
#include "pgindexrepair.h"
#include "pgsearch.h"

namespace galley {

// The shared engine: a schema on a PostgreSQL server, through Qt's QPSQL driver (libpq). One
// writer at a time, as with SQLite: the outermost write transaction takes an advisory lock
// keyed by the schema, so saveKeepingBoth() and import() keep their rules unchanged.
class PgEngine : public StoreEngine
{
public:
    Kind kind() const override { return Kind::Postgres; }
    Status open(StoreDatabase &db, const StoreLocation &where,
                const QString &connectionName) override;
    Status prepare(StoreDatabase &) override { return Done {}; }
    Status reconnect(StoreDatabase &db) override;
    Error error(const QSqlError &sqlError, const QString &what,
                const QString &location) const override;
    bool forwardOnlyQueries() const override { return false; }
    QStringList beginWriteSql() const override;
    Status setBulkWriting(StoreDatabase &db, bool bulk, qint64 issues) override;
    Status opened(StoreDatabase &db) override;
    void closing() override { m_indexRepair.stop(); }
    void rolledBack() override { m_pendingIndex.clear(); }
    bool holdsBackRows() const override { return true; }
    Status beforeCommit(StoreDatabase &db) override;
    void setAboutIssue(qint64 id) override { m_aboutIssue = id; }
    bool inTransaction(StoreDatabase &) const override { return true; }
    Result<int> schemaVersion(StoreDatabase &db, const QString &what) override;
    Status setSchemaVersion(StoreDatabase &db, int version, const QString &what) override;
    Result<bool> isEmpty(StoreDatabase &db, const QString &what) override;
    int baselineVersion() const override;
    QStringList baselineSql() const override;
    QStringList stepSql(int target) const override;
    QString foreignDatabaseMessage() const override;
    std::unique_ptr<SearchBackend> search(StoreDatabase &db) override;
    SearchTermCounter searchTermCounter() const override { return &PgSearch::countTerms; }
    Result<qint64> dataVersion(StoreDatabase &db, const QString &what) override;
    void setChangeCallback(std::function<void()> changed) override
    {
        m_feed.setCallback(std::move(changed));
    }
    bool isOnServer() const override { return true; }
    bool hasPresence() const override { return true; }
    Status setPresence(StoreDatabase &db, qint64 issueId, const QString &editorName,
                       const QString &what) override;
    Result<QStringList> presence(StoreDatabase &db, qint64 issueId, const QString &what) override;
    void setPresenceCallback(std::function<void()> changed) override
    {
        m_feed.setPresenceCallback(std::move(changed));
    }
    Result<QString> integrityCheck(StoreDatabase &db, const QString &what) override;
    Status backupTo(StoreDatabase &db, const QString &temp, const QString &what) override;

    // The settings every session of a store starts with (before SET ROLE), the store's own and
    // a background build's (PgIndexRepair): how long a statement waits for a lock.
    static QStringList sessionSettingsSql(int lockTimeoutMs);

private:
    Error openError(const QSqlError &sqlError, const StoreLocation &where) const;
    // The session's settings, on every (re)connection.
    Status startSession(StoreDatabase &db, bool readOnly);
    static bool openWithKeyringPassword(QSqlDatabase &c, const StoreLocation &where);

    // This connection's application_name as PgPresence set it last.
    QString m_presenceName = QStringLiteral("galley");
    QString m_schema; // the store's schema, as the server spells it (lower case)
    QString m_channel; // where this schema's writes are announced (PgChangeFeed::channelFor)
    bool m_readOnly = false;
    bool m_backgroundWork = false; // StoreLocation::backgroundWork
    QString m_user; // who logs in (for messages)
    QString m_role; // the team role of the address (role=), set in every session
    bool m_bulk = false; // an import is under way (setBulkWriting)
    bool m_indexesDeferred = false; // that import builds the search's indexes at its end
    bool m_keyDeferred = false; // the key among them (PgSearch builds it before a removal)
    qint64 m_aboutIssue = 0; // the issue the running write is about (0: unknown or several)
    PgChangeFeed m_feed;
    PgPendingIndex m_pendingIndex; // search rows of this transaction not written yet
    PgIndexRepair m_indexRepair; // the search's indexes, built again in the background
};

} // namespace galley
