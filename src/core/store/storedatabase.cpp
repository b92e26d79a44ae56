#include "storedatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "galley.store")

namespace galley {

namespace {
struct StoreDatabaseTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"galley-store-"_s + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

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
} // namespace

StoreDatabase::StoreDatabase()
    : m_connectionName(uniqueConnectionName())
{ }

StoreDatabase::~StoreDatabase()
{
    m_queries.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    // Connections are per thread and per instance; leaving it registered would leak it and make
    // Qt warn when the name is reused.
    QSqlDatabase::removeDatabase(m_connectionName);
}

int StoreDatabase::busyTimeoutMs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("GALLEY_STORE_BUSY_TIMEOUT_MS", &ok);
    return ok ? qBound(100, fromEnvironment, 60000) : 10000;
}

Status StoreDatabase::open(const QString &path)
{
    m_path = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid())
        return Error {
            path, 0,
            StoreDatabaseTr::tr("The SQLite driver for Qt is missing (install libqt6sql6-sqlite)."),
            Error::Failed};
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(busyTimeoutMs()));
    if (!db.open())
        return error(db.lastError(), StoreDatabaseTr::tr("Cannot open the store"));
    const QVariant handle = db.driver()->handle();
    sqlite3 *raw = qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    m_handle = raw;
    if (!raw || !m_ranker.install(raw))
        return Error {path, 0,
                      StoreDatabaseTr::tr("This SQLite has no full-text search (FTS5); install the "
                                          "libsqlite3-0 package of your distribution."),
                      Error::Failed};
    // SQLite quietly opens a file it may not write read-only; every save would then fail. Say it
    // now, before anything is read or written.
    if (sqlite3_db_readonly(raw, "main") == 1)
        return Error {
            path, 0,
            StoreDatabaseTr::tr("The store cannot be written: the file is read-only for you. Check "
                                "its permissions or use --db with another path."),
            Error::ReadOnly};
    return Done {};
}

QSqlDatabase StoreDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery *> StoreDatabase::run(const QString &sql, std::initializer_list<QVariant> values,
                                       const QString &what)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery fresh(database());
        fresh.setForwardOnly(true);
        // Not cached when it fails: a file that is not a database fails here, and so does a
        // locked schema, which may work next time.
        if (!fresh.prepare(sql))
            return error(fresh.lastError(), what);
        it = m_queries.emplace(sql, fresh).first;
    }
    QSqlQuery &q = it->second;
    int i = 0;
    for (const QVariant &v : values) {
        // Every text column is NOT NULL, but a null QString (an intro link's missing section,
        // an emptied draft) binds as SQL NULL and would fail the write: bind it as ''.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i++, QVariant(u""_s));
        else
            q.bindValue(i++, v);
    }
    if (!q.exec()) {
        const Error e = error(q.lastError(), what);
        q.finish();
        return e;
    }
    return &q;
}

Status StoreDatabase::execute(const QString &sql, const QString &what)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return error(q.lastError(), what);
    return Done {};
}

Status StoreDatabase::begin(const QString &what)
{
    if (m_depth > 0 && !m_savepoints) {
        ++m_depth;
        return Done {};
    }
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
    // can fail with SQLITE_BUSY when another connection wrote in between, without waiting.
    const QString sql
        = m_depth == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT sp"_s + QString::number(m_depth);
    Status s = execute(sql, what);
    if (s)
        ++m_depth;
    return s;
}

Status StoreDatabase::beginWithoutSavepoints(const QString &what)
{
    if (m_depth > 0)
        return begin(what);
    Status s = begin(what);
    if (s) {
        m_savepoints = false;
        m_failed = false;
    }
    return s;
}

Status StoreDatabase::commit(const QString &what)
{
    if (m_depth <= 0)
        return Done {};
    if (m_depth > 1 && !m_savepoints) {
        --m_depth;
        return Done {};
    }
    if (m_depth == 1 && m_failed) {
        rollback();
        return Error {
            m_path, 0,
            StoreDatabaseTr::tr("%1: a change in this batch failed, so none of them was kept.")
                .arg(what),
            Error::Failed};
    }
    const QString sql = m_depth == 1 ? u"COMMIT"_s : u"RELEASE sp"_s + QString::number(m_depth - 1);
    Status s = execute(sql, what);
    if (s) {
        if (--m_depth == 0)
            m_savepoints = true;
    } else {
        rollback();
    }
    return s;
}

void StoreDatabase::rollback()
{
    if (m_depth <= 0)
        return;
    --m_depth;
    if (m_depth == 0) {
        m_savepoints = true;
        m_failed = false;
        // After a full disk or an I/O error SQLite has rolled back already.
        if (m_handle && sqlite3_get_autocommit(m_handle))
            return;
        QSqlQuery q(database());
        if (!q.exec(u"ROLLBACK"_s))
            qCWarning(lcStore) << "rollback failed" << q.lastError().text();
    } else if (!m_savepoints) {
        m_failed = true;
    } else {
        const QString sp = u"sp"_s + QString::number(m_depth);
        QSqlQuery q(database());
        if (!q.exec(u"ROLLBACK TO "_s + sp) || !q.exec(u"RELEASE "_s + sp))
            qCWarning(lcStore) << "rollback to savepoint failed" << q.lastError().text();
    }
}

Error StoreDatabase::error(const QSqlError &sqlError, const QString &what) const
{
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    const QString detail
        = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    Error e;
    e.file = m_path;
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        e.code = Error::Busy;
        e.message = StoreDatabaseTr::tr(
                        "%1: the store is busy (another window or process is writing to it); "
                        "try again in a moment.")
                        .arg(what);
        break;
    case SqliteReadOnly:
        e.code = Error::ReadOnly;
        e.message = StoreDatabaseTr::tr(
                        "%1: the store cannot be written (the file or its folder is "
                        "read-only); check the permissions or use --db with another path.")
                        .arg(what);
        break;
    case SqliteFull:
        e.code = Error::DiskFull;
        e.message = StoreDatabaseTr::tr(
                        "%1: the disk is full; free some space and try again. Nothing was "
                        "changed.")
                        .arg(what);
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        e.code = Error::Corrupt;
        e.message = StoreDatabaseTr::tr(
                        "%1: the file is not a Galley store or is damaged (%2). It was left "
                        "as it is; restore it from a backup or use --db with another path.")
                        .arg(what, detail);
        break;
    case SqliteCantOpen:
        e.code = Error::ReadOnly;
        e.message = StoreDatabaseTr::tr(
                        "%1: the file cannot be opened or created (%2); check that the folder "
                        "exists and is writable.")
                        .arg(what, detail);
        break;
    case SqliteIoErr:
        // A write the system refused: a full disk or quota, a file size limit, a failing disk.
        // SQLite has undone the transaction.
        e.message = StoreDatabaseTr::tr(
                        "%1: the disk refused the write (%2). Check that the disk is not full "
                        "and is working, then try again. Nothing was changed.")
                        .arg(what, detail);
        break;
    default:
        e.message = StoreDatabaseTr::tr("%1: %2").arg(what, detail);
    }
    return e;
}

StoreTransaction::StoreTransaction(StoreDatabase &db, const QString &what)
    : m_db(db)
    , m_what(what)
    , m_status(db.begin(what))
    , m_open(m_status.ok())
{ }

StoreTransaction::~StoreTransaction()
{
    if (m_open)
        m_db.rollback();
}

Status StoreTransaction::commit()
{
    if (!m_open)
        return m_status;
    m_open = false;
    return m_db.commit(m_what);
}

} // namespace galley
