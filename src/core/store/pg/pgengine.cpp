#include "pgengine.h"

#include "../storecopier.h"
#include "../storedatabase.h"
#include "../storelocation.h"
#include "../storepassword.h"
#include "pgpresence.h"
#include "pgschema.h"
#include "pgsearch.h"
#include "pgsearchindexes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct PgEngineTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

QString describe(const StoreLocation &where)
{
    QString server = where.host.isEmpty() ? u"localhost"_s : where.host;
    if (where.port > 0)
        server += u':' + QString::number(where.port);
    return server;
}
} // namespace

Status PgEngine::open(StoreDatabase &db, const StoreLocation &where, const QString &connectionName)
{
    QSqlDatabase c = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (!c.isValid())
        return Error {
            where.text, 0,
            PgEngineTr::tr("The PostgreSQL driver for Qt is missing (install libqt6sql6-psql)."),
            Error::Failed};
    c.setHostName(where.host);
    if (where.port > 0)
        c.setPort(where.port);
    c.setUserName(where.user);
    c.setDatabaseName(where.database);
    c.setConnectOptions(where.connectOptions());
    if (!c.open() && !openWithKeyringPassword(c, where))
        return openError(c.lastError(), where);
    m_readOnly = where.readOnly;
    m_backgroundWork = where.backgroundWork;
    m_user = where.effectiveUser();
    m_role = where.role;
    if (Status s = startSession(db, where.readOnly); !s)
        return s;
    const QString what = PgEngineTr::tr("Opening the store");
    // A store named by ?schema= that does not exist yet is made, as SQLite makes a new file.
    auto current = db.value(u"SELECT current_schema()"_s, {}, what);
    if (!current)
        return current.error();
    if (current->isNull() && where.readOnly)
        return Error {where.text, 0,
                      PgEngineTr::tr("There is no Galley store here: the schema does not exist."),
                      Error::NotFound};
    if (current->isNull()) {
        if (where.schema.isEmpty())
            return Error {where.text, 0,
                          PgEngineTr::tr("The database has no schema to keep the store in; "
                                         "name one with ?schema= in the address."),
                          Error::Failed};
        // Quoted: a plain name (StoreLocation checked it, in lower case) may still be one of
        // SQL's words (`window`, `order`), which CREATE SCHEMA takes for syntax.
        if (Status s = db.execute(u"CREATE SCHEMA \""_s + where.schema + u'"', what); !s)
            return s;
    }
    // StoreLocation folded the name to lower case, as PostgreSQL folds the search_path's.
    m_schema = current->isNull() ? where.schema.toLower() : current->toString();
    m_channel = PgChangeFeed::channelFor(m_schema);
    return Done {};
}

QStringList PgEngine::sessionSettingsSql(int lockTimeoutMs)
{
    // JIT compiling costs tens of milliseconds on the ranking queries and gains nothing on a
    // store's small ones.
    return {u"SET jit = off"_s, u"SET client_min_messages = warning"_s,
            u"SET lock_timeout = "_s + QString::number(lockTimeoutMs)};
}

Status PgEngine::startSession(StoreDatabase &db, bool readOnly)
{
    const QString what = PgEngineTr::tr("Opening the store");
    // A write waits for another writer's lock as long as SQLite would.
    for (const QString &sql : sessionSettingsSql(StoreDatabase::busyTimeoutMs())) {
        if (Status s = db.execute(sql, what); !s)
            return s;
    }
    // A team's role: what this session creates (the schema, the tables) belongs to the team,
    // so that every member can write it; the name is a plain identifier (StoreLocation). Set
    // again on a reconnection: a new session starts as the user.
    if (!m_role.isEmpty()) {
        QSqlQuery setRole(db.database());
        if (!setRole.exec(u"SET ROLE \""_s + m_role + u'"'))
            return Error {
                db.path(), 0,
                PgEngineTr::tr("The PostgreSQL user “%1” cannot act as the team role “%2” "
                               "(role=%2 in the address): %3. Ask the server's administrator "
                               "to run GRANT %2 TO %1, or leave role= out.")
                    .arg(m_user, m_role, setRole.lastError().databaseText().trimmed()),
                Error::ReadOnly};
    }
    // Read-only: the server refuses every write in this session's transactions.
    if (readOnly)
        return db.execute(u"SET default_transaction_read_only = on"_s, what);
    return Done {};
}

Status PgEngine::reconnect(StoreDatabase &db)
{
    // A connection whose server went away still says isOpen(); only close() and open() make a
    // new one (PG-PLAN 1.2, item 6). The schema is the same: the address names it.
    QSqlDatabase c = db.database();
    c.close();
    // The import's lock on the search's indexes went with the old session: another Galley may be
    // building the key now, and a build of it here before a removal would wait for that one,
    // which waits for this import's transaction. The end of the import still builds what is
    // missing, if nobody else is.
    m_keyDeferred = false;
    if (!c.open())
        return error(c.lastError(), PgEngineTr::tr("Connecting to the store again"), db.path());
    if (Status s = startSession(db, m_readOnly); !s)
        return s;
    // LISTEN ended with the old connection: subscribe again now, so that what others commit
    // from here on is heard (the feed's count goes up once, so watchers read everything again).
    if (m_feed.everSubscribed()) {
        auto v = m_feed.version(c, m_channel, PgEngineTr::tr("Connecting to the store again"));
        if (!v)
            return v.error();
    }
    return Done {};
}

bool PgEngine::openWithKeyringPassword(QSqlDatabase &c, const StoreLocation &where)
{
    // Only when the server asked for a password and libpq's own sources (~/.pgpass,
    // PGPASSWORD) gave none: a server that needs none, or a password libpq found, never loads
    // the keyring (D-Bus). libpq's words for it: "fe_sendauth: no password supplied".
    if (!c.lastError().text().contains(u"no password supplied"_s))
        return false;
    const PasswordVault::Lookup found = StorePassword::read(where);
    if (found.kind != PasswordVault::Lookup::Found)
        return false;
    c.setPassword(found.password);
    return c.open();
}

QStringList PgEngine::beginWriteSql() const
{
    // READ COMMITTED writers do not block each other the way SQLite's do; the store's rules
    // (one number per imported issue, keep-both saves) assume they do. The lock is the
    // schema's, so two stores in one database do not wait for each other, and it goes with
    // the transaction (also when the client dies).
    QStringList sql {u"BEGIN"_s,
                     u"SELECT pg_advisory_xact_lock(hashtextextended(coalesce(current_schema(), "
                     "''), 7477))"_s};
    // An import's batches do not wait for their commit to reach the disk (a server that syncs
    // waits a WAL flush per batch). A crash of the server may lose the last batches committed,
    // never a part of one, and never what was there before: the import is re-runnable and
    // idempotent (files already in the store come back Unchanged), so running it again
    // completes it. Only for the transaction (LOCAL): an editor's saves always wait.
    // Their search rows (100 issues' worth, about 50,000) are sorted into the index's order in
    // memory, not in files (4 MB, the default, is not enough).
    if (m_bulk)
        sql << u"SET LOCAL synchronous_commit = off"_s << u"SET LOCAL work_mem = '32MB'"_s;
    return sql;
}

Status PgEngine::setBulkWriting(StoreDatabase &db, bool bulk, qint64 issues)
{
    m_bulk = bulk;
    // An import builds the index itself (at its end, or below), without the background build's
    // lock in its way: that one stops.
    if (bulk)
        m_indexRepair.stop();
    if (bulk && !m_indexesDeferred) {
        auto deferred = PgSearchIndexes::deferForImport(db, m_schema, issues);
        if (!deferred)
            return deferred.error();
        m_indexesDeferred = deferred->locked;
        m_keyDeferred = deferred->key;
        return Done {};
    }
    if (bulk || db.transactionDepth() > 0)
        return Done {};
    // A build that fails (a teammate's transaction held it past the busy timeout) leaves the
    // index to the next Galley that opens the store; the VACUUM runs all the same.
    // Not deferred: the index may still be missing (a background build stopped when the import
    // began, after an earlier import crashed), and this import waits for the build anyway.
    Status built = m_indexesDeferred ? PgSearchIndexes::rebuildAfterImport(db, m_schema)
                                     : PgSearchIndexes::buildIfMissing(db, m_schema);
    m_indexesDeferred = false;
    m_keyDeferred = false;
    // The end of an import: the other tables it filled, as PgSearch::setMergeWidth does the
    // search's. Otherwise autovacuum comes for their thousands of new rows a little later, while
    // the person is using the store (a link lookup's p95 doubled while it ran), and the first
    // reads of each page write it again to set its hint bits.
    const Status vacuumed
        = db.execute(u"VACUUM (ANALYZE) issues, revisions, links, issue_outlines"_s,
                     PgEngineTr::tr("Saving the changes"));
    return built ? vacuumed : built;
}

Status PgEngine::opened(StoreDatabase &db)
{
    // Only speed is at stake (without the impact index searches sort each word's rows, without
    // the key they read the whole table): the store opens at once, and a build that cannot run
    // now is tried again at the next opening.
    if (!m_readOnly && m_backgroundWork)
        m_indexRepair.startIfNeeded(db, m_schema, m_role);
    return Done {};
}

Status PgEngine::beforeCommit(StoreDatabase &db)
{
    // The search rows held back until now (an import's batch).
    if (Status s = PgSearch::flush(db, m_pendingIndex); !s)
        return s;
    // Delivered to the listeners at COMMIT, and never for a write that is rolled back. The
    // payload names what changed, for a listener that wants to reload less than everything
    // (the GUI reads the list and the open draft again, whatever it says).
    QJsonObject payload {{u"kind"_s, m_aboutIssue > 0 ? u"issue"_s : u"store"_s}};
    if (m_aboutIssue > 0)
        payload.insert(u"id"_s, m_aboutIssue);
    auto q = db.run(
        u"SELECT pg_notify(?, ?)"_s,
        {m_channel, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))},
        PgEngineTr::tr("Saving the changes"));
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

Result<int> PgEngine::schemaVersion(StoreDatabase &db, const QString &what)
{
    // Not prepared before the table exists: PostgreSQL checks names when preparing.
    auto exists = db.value(u"SELECT to_regclass('galley_schema') IS NOT NULL"_s, {}, what);
    if (!exists)
        return exists.error();
    if (!exists->toBool())
        return 0;
    auto v = db.value(u"SELECT version FROM galley_schema"_s, {}, what);
    if (!v)
        return v.error();
    return v->toInt();
}

Status PgEngine::setSchemaVersion(StoreDatabase &db, int version, const QString &what)
{
    auto q = db.run(u"UPDATE galley_schema SET version = ?"_s, {version}, what);
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

Result<bool> PgEngine::isEmpty(StoreDatabase &db, const QString &what)
{
    auto n = db.value(u"SELECT count(*) FROM information_schema.tables "
                      "WHERE table_schema = current_schema()"_s,
                      {}, what);
    if (!n)
        return n.error();
    return n->toLongLong() == 0;
}

int PgEngine::baselineVersion() const
{
    return PgSchema::baselineVersion();
}

QStringList PgEngine::baselineSql() const
{
    return PgSchema::baselineSql();
}

QStringList PgEngine::stepSql(int target) const
{
    return PgSchema::stepSql(target);
}

QString PgEngine::foreignDatabaseMessage() const
{
    return PgEngineTr::tr("This database schema is not a Galley store: it holds other tables. "
                          "It was not changed; name another schema with ?schema= in the "
                          "address.");
}

std::unique_ptr<SearchBackend> PgEngine::search(StoreDatabase &db)
{
    return std::make_unique<PgSearch>(db, m_schema, m_pendingIndex, m_keyDeferred);
}

Result<qint64> PgEngine::dataVersion(StoreDatabase &db, const QString &what)
{
    // No query: the count of other connections' announcements (PgChangeFeed), which changes
    // only for their commits, as SQLite's data_version does.
    return m_feed.version(db.database(), m_channel, what);
}

Status PgEngine::setPresence(StoreDatabase &db, qint64 issueId, const QString &editorName,
                             const QString &what)
{
    // No name of their own: the user they log in as, their own in a team's set-up (role=).
    const QString name = editorName.isEmpty() ? m_user : editorName;
    Status s = PgPresence::announce(db, m_channel, m_schema, issueId, name, what);
    if (s)
        m_presenceName = PgPresence::applicationName(m_schema, issueId, name);
    return s;
}

Result<QStringList> PgEngine::presence(StoreDatabase &db, qint64 issueId, const QString &what)
{
    return PgPresence::others(db, m_schema, issueId, m_presenceName, what);
}

Result<QString> PgEngine::integrityCheck(StoreDatabase &db, const QString &what)
{
    // amcheck needs a superuser; reading every table finds what a person can act on (a table
    // that is gone or cannot be read).
    // The store's tables are StoreCopier's list (checked against the schema by
    // tst_storecopier), and the search's four.
    QStringList tables {u"issue_search"_s, u"issue_search_totals"_s, u"search_terms"_s,
                        u"issue_terms"_s};
    for (const StoreTable &t : StoreCopier::tables())
        tables << t.name;
    QStringList problems;
    for (const QString &table : std::as_const(tables)) {
        auto n = db.value(u"SELECT count(*) FROM "_s + table, {}, what);
        if (!n)
            problems << n.error().message;
    }
    return problems.isEmpty() ? u"ok"_s : problems.join(u'\n');
}

Status PgEngine::backupTo(StoreDatabase &db, const QString &temp, const QString &what)
{
    // A SQLite file of the whole store, through the code `galley migrate` uses: a file a person
    // can open anywhere, without pg_dump (an outside tool, whose version may not match the
    // server's).
    Status s = StoreCopier::backupInto(db, temp);
    if (!s) {
        Error e = s.error();
        e.message = what + u": "_s + e.message;
        return e;
    }
    return Done {};
}

Error PgEngine::openError(const QSqlError &sqlError, const StoreLocation &where) const
{
    const QString detail = sqlError.databaseText().trimmed().isEmpty()
        ? sqlError.text().trimmed()
        : sqlError.databaseText().trimmed();
    const QString lower = detail.toLower();
    Error e {where.text, 0, {}, Error::Failed};
    if (lower.contains(u"password"_s) || lower.contains(u"authentication"_s)) {
        e.code = Error::ReadOnly;
        e.message = PgEngineTr::tr("The PostgreSQL server %1 did not accept the user “%2” (%3). "
                                   "Put the password in Preferences ▸ Store (the keyring), "
                                   "~/.pgpass or the PGPASSWORD environment variable, or name "
                                   "another user in the address.")
                        .arg(describe(where), where.user, detail);
    } else if (lower.contains(u"database"_s) && lower.contains(u"does not exist"_s)) {
        e.message = PgEngineTr::tr("The PostgreSQL server %1 has no database “%2”. Create it "
                                   "(createdb %2) or name another one in the address.")
                        .arg(describe(where), where.database);
    } else if (lower.contains(u"role"_s) && lower.contains(u"does not exist"_s)) {
        e.message = PgEngineTr::tr("The PostgreSQL server %1 has no user “%2”; name another "
                                   "user in the address.")
                        .arg(describe(where), where.user);
    } else {
        e.message = PgEngineTr::tr("Cannot reach the PostgreSQL server %1 (%2). Check that it "
                                   "is running and that the address is right.")
                        .arg(describe(where), detail);
    }
    return e;
}

Error PgEngine::error(const QSqlError &sqlError, const QString &what, const QString &location) const
{
    const QString state = sqlError.nativeErrorCode();
    const QString detail = sqlError.databaseText().trimmed().isEmpty()
        ? sqlError.text().trimmed()
        : sqlError.databaseText().trimmed();
    Error e;
    e.file = location;
    if (state == u"55P03"_s || state == u"40001"_s || state == u"40P01"_s) {
        e.code = Error::Busy;
        e.message
            = PgEngineTr::tr("%1: the store is busy (another window or process is writing to it); "
                             "try again in a moment.")
                  .arg(what);
    } else if (state == u"25006"_s || state == u"42501"_s) {
        e.code = Error::ReadOnly;
        e.message = PgEngineTr::tr("%1: the PostgreSQL user may not change this store (%2); ask "
                                   "the server's administrator for write access.")
                        .arg(what, detail);
    } else if (state.startsWith(u"53"_s)) {
        e.code = Error::DiskFull;
        e.message = PgEngineTr::tr("%1: the PostgreSQL server is out of space or memory (%2). "
                                   "Nothing was changed.")
                        .arg(what, detail);
    } else if (state.isEmpty() || state.startsWith(u"08"_s) || state.startsWith(u"57P"_s)) {
        // libpq gives no SQLSTATE when the connection itself broke. Store::reconnect() makes
        // a new one; the editor journals its saves meanwhile (OfflineJournal).
        e.code = Error::Offline;
        e.message = PgEngineTr::tr("%1: the connection to the PostgreSQL server was lost (%2). "
                                   "Nothing was changed; try again once the server is back.")
                        .arg(what, detail);
    } else {
        e.message = PgEngineTr::tr("%1: %2").arg(what, detail);
    }
    return e;
}

} // namespace galley
