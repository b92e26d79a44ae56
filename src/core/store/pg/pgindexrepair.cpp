#include "pgindexrepair.h"

#include "pgimpactindex.h"
#include "store/storedatabase.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <chrono>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct PgIndexRepairTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

std::atomic<int> connectionCount {0};
} // namespace

void PgIndexRepair::startIfNeeded(StoreDatabase &db, const QString &schema, const QString &role)
{
    if (m_thread.joinable()) {
        if (!m_finished)
            return; // under way
        m_thread.join();
    }
    const QString what = PgIndexRepairTr::tr("Building the search index again");
    auto missing = PgImpactIndex::isMissing(db, schema, what);
    if (!missing) {
        qWarning("galley: %s", qPrintable(missing.error().toString()));
        return;
    }
    if (!*missing)
        return;
    // The connection's settings, read here: a QSqlDatabase belongs to the thread that made it.
    const QSqlDatabase main = db.database();
    Connection c {main.hostName(),
                  main.userName(),
                  main.password(),
                  main.databaseName(),
                  main.connectOptions(),
                  role,
                  schema,
                  main.port()};
    m_stopping = false;
    m_finished = false;
    m_backendPid = 0;
    m_thread = std::thread([this, c] { run(c); });
}

void PgIndexRepair::stop(StoreDatabase *db)
{
    if (!m_thread.joinable())
        return;
    m_stopping = true;
    // A cancel that reaches the session between two statements does nothing, and the build
    // checks m_stopping before each: asked again until the thread is done.
    while (!m_finished) {
        const int pid = m_backendPid;
        if (db && pid > 0)
            (void)db->value(u"SELECT pg_cancel_backend(?::integer)"_s, {pid},
                            PgIndexRepairTr::tr("Closing the store"));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    m_thread.join();
}

void PgIndexRepair::run(const Connection &c)
{
    const QString name = u"galley-index-repair-%1"_s.arg(++connectionCount);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(c.host);
        if (c.port > 0)
            db.setPort(c.port);
        db.setUserName(c.user);
        db.setPassword(c.password);
        db.setDatabaseName(c.database);
        db.setConnectOptions(c.options);
        QSqlQuery q(db);
        // Each step once the last went through and nobody asked to stop.
        const auto step = [&](const QString &sql, const QVariantList &values = {}) {
            if (!failure.isEmpty() || m_stopping)
                return false;
            // SET, CREATE INDEX and DROP INDEX cannot be prepared: only what binds values is.
            bool ok = true;
            if (values.isEmpty()) {
                ok = q.exec(sql);
            } else {
                ok = q.prepare(sql);
                for (const QVariant &v : values)
                    q.addBindValue(v);
                ok = ok && q.exec();
            }
            if (!ok) {
                failure = q.lastError().text();
                return false;
            }
            return true;
        };
        if (!db.open())
            failure = db.lastError().text();
        // No lock timeout: nobody waits for this session, and it waits for older transactions.
        step(u"SET lock_timeout = 0"_s);
        step(u"SET jit = off"_s);
        step(u"SET client_min_messages = warning"_s);
        if (!c.role.isEmpty())
            step(u"SET ROLE \""_s + c.role + u'"');
        if (step(u"SELECT pg_backend_pid()"_s) && q.next())
            m_backendPid = q.value(0).toInt();
        bool locked = false;
        if (step(u"SELECT pg_try_advisory_lock("_s + PgImpactIndex::lockKeySql() + u')')
            && q.next())
            locked = q.value(0).toBool();
        // Looked at again under the lock: another Galley may have built it meanwhile. No row: no
        // index; false: one left unusable, dropped first (IF NOT EXISTS would keep it).
        const QString index = PgImpactIndex::qualifiedName(c.schema);
        if (locked && step(PgImpactIndex::validitySql(), {index})) {
            const bool exists = q.next();
            const bool valid = exists && q.value(0).toBool();
            if (exists && !valid)
                step(u"DROP INDEX CONCURRENTLY IF EXISTS "_s + index);
            if (!valid) {
                // The sort of every (word, issue) row: in memory where it fits.
                step(u"SET maintenance_work_mem = '256MB'"_s);
                step(PgImpactIndex::createSql(true));
            }
        }
        // Let go whatever happened (a session that ends lets go too).
        if (locked && db.isOpen())
            QSqlQuery(db).exec(u"SELECT pg_advisory_unlock("_s + PgImpactIndex::lockKeySql()
                               + u')');
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Only speed is at stake: a build cancelled by closing the store, or that failed, is tried
    // again at the next opening.
    if (!failure.isEmpty() && !m_stopping)
        qWarning("galley: %s: %s",
                 qPrintable(PgIndexRepairTr::tr("Building the search index again")),
                 qPrintable(failure));
    m_finished = true;
}

} // namespace galley
