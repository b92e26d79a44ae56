#include "pgindexrepair.h"

#include "pgengine.h"
#include "pglibpq.h"
#include "pgsearchindexes.h"
#include "store/storedatabase.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <chrono>
#include <mutex>

using namespace Qt::StringLiterals;

namespace galley {

struct PgIndexRepair::State
{
    QString host, user, password, database, options, role, schema;
    int port = -1;
    std::atomic<bool> stopping {false};
    std::atomic<bool> finished {false};
    std::mutex cancelLock; // guards cancel, which the thread makes and frees
    const PgLibpq *api = nullptr; // libpq's cancel request (PQgetCancel, PQcancel, PQfreeCancel)
    void *cancel = nullptr; // a PGcancel
};

namespace {
struct PgIndexRepairTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

std::atomic<int> connectionCount {0};

// How long stop() waits for a cancelled build's thread.
constexpr auto stopWait = std::chrono::seconds(5);

void build(PgIndexRepair::State &s);
} // namespace

void PgIndexRepair::startIfNeeded(StoreDatabase &db, const QString &schema, const QString &role)
{
    if (m_state && !m_state->finished)
        return; // under way
    stop();
    const QString what = PgIndexRepairTr::tr("Building the search index again");
    auto missing = PgSearchIndexes::incomplete(db, schema, what);
    if (!missing) {
        qWarning("galley: %s", qPrintable(missing.error().toString()));
        return;
    }
    if (!*missing)
        return;
    // The connection's settings, read here: a QSqlDatabase belongs to the thread that made it.
    // Keepalives: a build whose server went away without a word ends rather than waits.
    const QSqlDatabase main = db.database();
    auto state = std::make_shared<State>();
    state->host = main.hostName();
    state->user = main.userName();
    state->password = main.password();
    state->database = main.databaseName();
    state->options = main.connectOptions() + u";keepalives_idle=30;keepalives_count=4"_s;
    state->role = role;
    state->schema = schema;
    state->port = main.port();
    m_state = state;
    m_thread = std::thread([state] { build(*state); });
}

void PgIndexRepair::stop()
{
    if (!m_thread.joinable())
        return;
    m_state->stopping = true;
    // A cancel that reaches the session between two statements does nothing, and the build
    // checks `stopping` before each: asked again until the thread is done.
    const auto until = std::chrono::steady_clock::now() + stopWait;
    while (!m_state->finished && std::chrono::steady_clock::now() < until) {
        {
            const std::lock_guard<std::mutex> lock(m_state->cancelLock);
            char message[256];
            if (m_state->cancel)
                m_state->api->cancel(m_state->cancel, message, int(sizeof message));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    // A thread whose server does not answer even a cancel: it holds its state, and ends when
    // the connection gives up (keepalives); the server drops the session and its lock then.
    if (m_state->finished)
        m_thread.join();
    else
        m_thread.detach();
    m_state.reset();
}

namespace {
void build(PgIndexRepair::State &s)
{
    const QString name = u"galley-index-repair-%1"_s.arg(++connectionCount);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(s.host);
        if (s.port > 0)
            db.setPort(s.port);
        db.setUserName(s.user);
        db.setPassword(s.password);
        db.setDatabaseName(s.database);
        db.setConnectOptions(s.options);
        QSqlQuery q(db);
        // Each step once the last went through and nobody asked to stop.
        const auto step = [&](const QString &sql, const QVariantList &values = {}) {
            if (!failure.isEmpty() || s.stopping)
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
            if (!ok)
                failure = q.lastError().text();
            return ok;
        };
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            const PgLibpq *api = PgLibpq::get();
            void *conn = PgLibpq::connection(db.driver()->handle());
            if (api && conn) {
                const std::lock_guard<std::mutex> lock(s.cancelLock);
                s.api = api;
                s.cancel = api->getCancel(conn);
            }
        }
        // No lock timeout: nobody waits for this session, and it waits for older transactions.
        for (const QString &sql : PgEngine::sessionSettingsSql(0))
            step(sql);
        if (!s.role.isEmpty())
            step(u"SET ROLE \""_s + s.role + u'"');
        bool locked = false;
        if (step(u"SELECT pg_try_advisory_lock("_s + PgSearchIndexes::lockKeySql() + u')')
            && q.next())
            locked = q.value(0).toBool();
        // Looked at again under the lock: another Galley may have built them meanwhile. No row:
        // no index; false: one left unusable, dropped first (IF NOT EXISTS would keep it).
        for (const PgSearchIndexes::Index index : PgSearchIndexes::all) {
            if (!locked
                || !step(PgSearchIndexes::validitySql(),
                         {PgSearchIndexes::qualifiedName(index, s.schema)}))
                break;
            const bool exists = q.next();
            const bool valid = exists && q.value(0).toBool();
            const bool primary = exists && q.value(1).toBool();
            if (exists && !valid) {
                for (const QString &sql : PgSearchIndexes::dropSql(index, s.schema, true))
                    step(sql);
            }
            if (!valid) {
                // The sort of every (word, issue) row: in memory where it fits.
                step(u"SET maintenance_work_mem = '256MB'"_s);
                step(PgSearchIndexes::createSql(index, true));
            }
            // The key made the primary key again (a moment's lock, with a timeout of its own): a
            // failure leaves the unique index, which does the same work, to the next repair.
            if (index == PgSearchIndexes::Index::Key && !primary && failure.isEmpty()
                && !s.stopping)
                q.exec(PgSearchIndexes::primaryKeySql());
        }
        {
            const std::lock_guard<std::mutex> lock(s.cancelLock);
            if (s.cancel)
                s.api->freeCancel(s.cancel);
            s.cancel = nullptr;
        }
        // Let go whatever happened (a session that ends lets go too).
        if (locked && db.isOpen())
            QSqlQuery(db).exec(u"SELECT pg_advisory_unlock("_s + PgSearchIndexes::lockKeySql()
                               + u')');
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Only speed is at stake: a build stopped (the store closed, an import began) or failed is
    // tried again at the next opening.
    if (!failure.isEmpty() && !s.stopping)
        qWarning("galley: %s: %s",
                 qPrintable(PgIndexRepairTr::tr("Building the search index again")),
                 qPrintable(failure));
    s.finished = true;
}
} // namespace

} // namespace galley
