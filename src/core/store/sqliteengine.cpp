#include "sqliteengine.h"

#include "privatefiles.h"
#include "searchindex.h"
#include "storedatabase.h"
#include "storelocation.h"
#include "storeschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct SqliteEngineTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

// SQLite's primary result codes (extended codes carry them in the low byte).
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

Result<qint64> pragmaNumber(StoreDatabase &db, const QString &sql, const QString &what)
{
    auto q = db.run(sql, {}, what);
    if (!q)
        return q.error();
    const qint64 v = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    StoreDatabase::done(**q);
    return v;
}
} // namespace

Status SqliteEngine::open(StoreDatabase &db, const StoreLocation &where,
                          const QString &connectionName)
{
    const QString &path = where.text;
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error {path, 0,
                      SqliteEngineTr::tr("This is a folder, not a store file; name a file such as "
                                         "galley.sqlite inside it."),
                      Error::Failed};
    if (where.readOnly && !info.exists())
        return Error {path, 0, SqliteEngineTr::tr("There is no store file here."), Error::NotFound};
    if (!where.readOnly && !createPrivateFolder(info.absolutePath()))
        return Error {
            path, 0,
            SqliteEngineTr::tr("Cannot create the folder %1 for the store; check the permissions "
                               "or use --db with another path.")
                .arg(QDir::toNativeSeparators(info.absolutePath())),
            Error::ReadOnly};
    // Drafts are private like a mailbox. SQLite gives the -wal and -shm files the mode of the
    // store file, so a store file that is 0600 before SQLite opens it keeps all three private.
    if (!where.readOnly) {
        makePrivateFile(path, CreateIfMissing::Yes);
        makePrivateFile(path + u"-wal"_s);
        makePrivateFile(path + u"-shm"_s);
    }

    QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    if (!c.isValid())
        return Error {
            path, 0,
            SqliteEngineTr::tr("The SQLite driver for Qt is missing (install libqt6sql6-sqlite)."),
            Error::Failed};
    c.setDatabaseName(path);
    // Read-only: SQLite itself refuses every write, so a copy's source cannot change by mistake.
    c.setConnectOptions((where.readOnly ? u"QSQLITE_OPEN_READONLY;"_s : QString())
                        + u"QSQLITE_BUSY_TIMEOUT="_s
                        + QString::number(StoreDatabase::busyTimeoutMs()));
    if (!c.open())
        return error(c.lastError(), SqliteEngineTr::tr("Cannot open the store"), path);
    const QVariant handle = c.driver()->handle();
    sqlite3 *raw = qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    m_handle = raw;
    if (!raw || !db.ranker().install(raw))
        return Error {path, 0,
                      SqliteEngineTr::tr("This SQLite has no full-text search (FTS5); install the "
                                         "libsqlite3-0 package of your distribution."),
                      Error::Failed};
    // SQLite quietly opens a file it may not write read-only; every save would then fail. Say it
    // now, before anything is read or written.
    if (!where.readOnly && sqlite3_db_readonly(raw, "main") == 1)
        return Error {
            path, 0,
            SqliteEngineTr::tr("The store cannot be written: the file is read-only for you. Check "
                               "its permissions or use --db with another path."),
            Error::ReadOnly};
    return Done {};
}

Status SqliteEngine::prepare(StoreDatabase &db)
{
    const QString what = SqliteEngineTr::tr("Opening the store");
    // WAL lets readers (the editor's lists) carry on while another process writes; NORMAL sync
    // in WAL mode loses at most the last commits on power loss, never consistency.
    auto wal = db.run(u"PRAGMA journal_mode = WAL"_s, {}, what);
    if (!wal)
        return wal.error();
    const QString mode = (*wal)->next() ? (*wal)->value(0).toString() : QString();
    StoreDatabase::done(**wal);
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error {
            db.path(), 0,
            SqliteEngineTr::tr("The store cannot use write-ahead logging here (journal mode %1); "
                               "is the folder on a network or read-only file system?")
                .arg(mode),
            Error::ReadOnly};
    // A 32 MB page cache (instead of 2 MB) keeps the full-text index's common words in memory
    // between searches.
    for (const QString &pragma :
         {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s,
          QString(u"PRAGMA busy_timeout = "_s + QString::number(StoreDatabase::busyTimeoutMs())),
          u"PRAGMA cache_size = -32768"_s}) {
        if (Status s = db.execute(pragma, what); !s)
            return s;
    }
    return Done {};
}

QStringList SqliteEngine::beginWriteSql() const
{
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
    // can fail with SQLITE_BUSY when another connection wrote in between, without waiting.
    return {u"BEGIN IMMEDIATE"_s};
}

bool SqliteEngine::inTransaction(StoreDatabase &) const
{
    // After a full disk or an I/O error SQLite has rolled back already.
    return !m_handle || !sqlite3_get_autocommit(m_handle);
}

Result<int> SqliteEngine::schemaVersion(StoreDatabase &db, const QString &what)
{
    // Reading the schema forces SQLite to read the header: this is where a file that is not a
    // database (or is damaged) fails, before anything has been written to it.
    auto probe = pragmaNumber(db, u"SELECT count(*) FROM sqlite_master"_s, what);
    if (!probe)
        return probe.error();
    auto v = pragmaNumber(db, u"PRAGMA user_version"_s, what);
    if (!v)
        return v.error();
    return int(*v);
}

Status SqliteEngine::setSchemaVersion(StoreDatabase &db, int version, const QString &what)
{
    return db.execute(u"PRAGMA user_version = "_s + QString::number(version), what);
}

Result<bool> SqliteEngine::isEmpty(StoreDatabase &db, const QString &what)
{
    auto n = pragmaNumber(db, u"SELECT count(*) FROM sqlite_master"_s, what);
    if (!n)
        return n.error();
    return *n == 0;
}

QStringList SqliteEngine::stepSql(int target) const
{
    return StoreSchema::sqliteSteps().at(target - 1);
}

QString SqliteEngine::foreignDatabaseMessage() const
{
    return SqliteEngineTr::tr("This SQLite file is not a Galley store. It was not changed; "
                              "use --db with another path.");
}

std::unique_ptr<SearchBackend> SqliteEngine::search(StoreDatabase &db)
{
    return std::make_unique<SearchIndex>(db);
}

Result<qint64> SqliteEngine::dataVersion(StoreDatabase &db, const QString &what)
{
    return pragmaNumber(db, u"PRAGMA data_version"_s, what);
}

Result<QString> SqliteEngine::integrityCheck(StoreDatabase &db, const QString &what)
{
    auto q = db.run(u"PRAGMA integrity_check"_s, {}, what);
    if (!q)
        return q.error();
    QStringList lines;
    while ((*q)->next())
        lines << (*q)->value(0).toString();
    StoreDatabase::done(**q);
    return lines.join(u'\n');
}

Status SqliteEngine::backupTo(StoreDatabase &db, const QString &temp, const QString &what)
{
    auto q = db.run(u"VACUUM INTO ?"_s, {temp}, what);
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

Error SqliteEngine::error(const QSqlError &sqlError, const QString &what,
                          const QString &location) const
{
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    const QString detail
        = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    Error e;
    e.file = location;
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        e.code = Error::Busy;
        e.message = SqliteEngineTr::tr(
                        "%1: the store is busy (another window or process is writing to it); "
                        "try again in a moment.")
                        .arg(what);
        break;
    case SqliteReadOnly:
        e.code = Error::ReadOnly;
        e.message
            = SqliteEngineTr::tr("%1: the store cannot be written (the file or its folder is "
                                 "read-only); check the permissions or use --db with another path.")
                  .arg(what);
        break;
    case SqliteFull:
        e.code = Error::DiskFull;
        e.message
            = SqliteEngineTr::tr("%1: the disk is full; free some space and try again. Nothing was "
                                 "changed.")
                  .arg(what);
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        e.code = Error::Corrupt;
        e.message = SqliteEngineTr::tr(
                        "%1: the file is not a Galley store or is damaged (%2). It was left "
                        "as it is; restore it from a backup or use --db with another path.")
                        .arg(what, detail);
        break;
    case SqliteCantOpen:
        e.code = Error::ReadOnly;
        e.message = SqliteEngineTr::tr(
                        "%1: the file cannot be opened or created (%2); check that the folder "
                        "exists and is writable.")
                        .arg(what, detail);
        break;
    case SqliteIoErr:
        // A write the system refused: a full disk or quota, a file size limit, a failing disk.
        // SQLite has undone the transaction.
        e.message = SqliteEngineTr::tr(
                        "%1: the disk refused the write (%2). Check that the disk is not full "
                        "and is working, then try again. Nothing was changed.")
                        .arg(what, detail);
        break;
    default:
        e.message = SqliteEngineTr::tr("%1: %2").arg(what, detail);
    }
    return e;
}

} // namespace galley
