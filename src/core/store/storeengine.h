#pragma once

#include "countedsearchterms.h"
#include "result.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace galley {

class SearchBackend;
class StoreDatabase;
struct StoreLocation;

// What differs between the store's database engines (SQLite, PostgreSQL): opening a
// connection, the outermost write transaction, errors, the schema's bookkeeping, search, and
// the odd statement only one engine has. Everything else (the repositories' SQL, revision
// thinning, conflicts, import) is written once, in SQL both engines run.
//
// An engine belongs to one StoreDatabase and talks to the database through it.
class StoreEngine
{
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~StoreEngine() = default;
    virtual Kind kind() const = 0;

    // Adds the QSqlDatabase named `connectionName` and opens it, without writing anything.
    virtual Status open(StoreDatabase &db, const StoreLocation &where,
                        const QString &connectionName)
        = 0;
    // The session's settings, once the schema check has passed (SQLite: WAL and PRAGMAs).
    virtual Status prepare(StoreDatabase &db) = 0;
    // Opens the connection again after it was lost (the PostgreSQL server went away and came
    // back), with the session's settings and the engine's subscriptions; StoreDatabase drops
    // its prepared statements first. A SQLite file does not go away: nothing to do.
    virtual Status reconnect(StoreDatabase &db)
    {
        Q_UNUSED(db)
        return Done {};
    }
    virtual Error error(const QSqlError &sqlError, const QString &what,
                        const QString &location) const = 0;
    // SQLite reads rows as it goes; QPSQL's forward-only mode loses the rest of a result when
    // another statement runs on the connection, so PostgreSQL queries buffer their rows.
    virtual bool forwardOnlyQueries() const = 0;

    // The statements that start the outermost write transaction, taking the store's one write
    // lock (SQLite's BEGIN IMMEDIATE; PostgreSQL's BEGIN and an advisory lock).
    virtual QStringList beginWriteSql() const = 0;
    // An import of up to `issues` issues is under way (Store::setBulkWriting): the engine may
    // make its write transactions cheaper where losing the last of them in a crash is
    // acceptable, set its indexes aside to build them at the end, and tidy up after it (`bulk`
    // false). Called outside transactions.
    virtual Status setBulkWriting(StoreDatabase &db, bool bulk, qint64 issues)
    {
        Q_UNUSED(db)
        Q_UNUSED(bulk)
        Q_UNUSED(issues)
        return Done {};
    }
    // The store is open for writing at the current schema: the engine mends what a writer
    // that crashed left (PostgreSQL: an import's search index set aside).
    virtual Status opened(StoreDatabase &db)
    {
        Q_UNUSED(db)
        return Done {};
    }
    // The store is closing: the engine stops what it runs beside it (PostgreSQL: a search index
    // being built again in the background, on a connection of its own).
    virtual void closing() { }
    // Called before the outermost COMMIT, in the transaction, and after it went through.
    virtual Status beforeCommit(StoreDatabase &db) = 0;
    virtual void committed() { }
    // The outermost transaction was rolled back, or the connection lost: writes the engine held
    // back (PgPendingIndex) are forgotten.
    virtual void rolledBack() { }
    // Whether StoreDatabase::insertRows may hold rows back until they are needed: where each
    // statement is a round trip to a server (PostgreSQL), not where it is a function call.
    virtual bool holdsBackRows() const { return false; }
    // False when the database has ended the transaction already (SQLite after a full disk).
    virtual bool inTransaction(StoreDatabase &db) const = 0;

    // Schema bookkeeping for StoreSchema: the version, and whether an unversioned database
    // holds anything (then it is somebody else's).
    virtual Result<int> schemaVersion(StoreDatabase &db, const QString &what) = 0;
    virtual Status setSchemaVersion(StoreDatabase &db, int version, const QString &what) = 0;
    virtual Result<bool> isEmpty(StoreDatabase &db, const QString &what) = 0;
    // The version a new store starts at in one step (SQLite 0: it replays every step), the DDL
    // of that step, and the DDL of step `target` after it.
    virtual int baselineVersion() const = 0;
    virtual QStringList baselineSql() const = 0;
    virtual QStringList stepSql(int target) const = 0;
    // A sentence for a database without a version that holds other things.
    virtual QString foreignDatabaseMessage() const = 0;

    virtual std::unique_ptr<SearchBackend> search(StoreDatabase &db) = 0;
    // How this engine's search counts an issue's terms, for an import to do on its worker
    // threads (IssueFacts::countedTerms); null where the index counts them itself (FTS5).
    virtual SearchTermCounter searchTermCounter() const { return nullptr; }
    // A number that changes when another connection commits a change (not for our own).
    // PostgreSQL counts the announcements of others' commits (PgChangeFeed): they arrive
    // through the event loop of this connection's thread.
    virtual Result<qint64> dataVersion(StoreDatabase &db, const QString &what) = 0;
    // Called from the event loop as soon as another connection's commit is known, where the
    // engine hears of it (PostgreSQL); SQLite's data version is only polled.
    virtual void setChangeCallback(std::function<void()> changed) { Q_UNUSED(changed) }
    // The issue the following write is about (0 afterwards), for what the engine tells other
    // connections about it (PostgreSQL's notification payload).
    virtual void setAboutIssue(qint64 id) { Q_UNUSED(id) }
    // Whether the store is behind a connection to a server (PostgreSQL), which can go away and
    // come back while the store is open; SQLite's file is always there.
    virtual bool isOnServer() const { return false; }
    // Who has which draft open (PostgreSQL, see PgPresence; nothing on SQLite, whose store is
    // one person's). `issueId` 0: none.
    virtual bool hasPresence() const { return false; }
    virtual Status setPresence(StoreDatabase &db, qint64 issueId, const QString &editorName,
                               const QString &what)
    {
        Q_UNUSED(db)
        Q_UNUSED(issueId)
        Q_UNUSED(editorName)
        Q_UNUSED(what)
        return Done {};
    }
    virtual Result<QStringList> presence(StoreDatabase &db, qint64 issueId, const QString &what)
    {
        Q_UNUSED(db)
        Q_UNUSED(issueId)
        Q_UNUSED(what)
        return QStringList {};
    }
    // Called from the event loop when another connection opened or closed a draft.
    virtual void setPresenceCallback(std::function<void()> changed) { Q_UNUSED(changed) }
    // "ok", or what is wrong, one finding a line.
    virtual Result<QString> integrityCheck(StoreDatabase &db, const QString &what) = 0;
    // A consistent copy of the whole store into a new file at `temp` (Store::backupTo renames).
    virtual Status backupTo(StoreDatabase &db, const QString &temp, const QString &what) = 0;
};

// The engine for a location (SQLite for a path, PostgreSQL for a postgresql:// URL).
std::unique_ptr<StoreEngine> makeStoreEngine(const StoreLocation &where);

} // namespace galley
