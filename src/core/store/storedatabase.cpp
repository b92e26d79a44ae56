#include "storedatabase.h"

#include "storelocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>

#include <algorithm>
#include <span>
#include <utility>

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

} // namespace

StoreDatabase::StoreDatabase()
    : m_connectionName(uniqueConnectionName())
{ }

StoreDatabase::~StoreDatabase()
{
    if (m_engine)
        m_engine->closing();
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

Status StoreDatabase::open(const StoreLocation &where)
{
    m_path = where.text;
    m_engine = makeStoreEngine(where);
    return m_engine->open(*this, where, m_connectionName);
}

Status StoreDatabase::reconnect()
{
    // The statements were prepared on the server's side of the old connection: their names
    // mean nothing to the new one.
    m_queries.clear();
    m_depth = 0;
    m_savepoints = true;
    m_failed = false;
    m_held.clear();
    m_engine->rolledBack();
    return m_engine->reconnect(*this);
}

QSqlDatabase StoreDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery *> StoreDatabase::run(const QString &sql, std::initializer_list<QVariant> values,
                                       const QString &what)
{
    return run(sql, values.begin(), values.end(), what);
}

Result<QVariant> StoreDatabase::value(const QString &sql, std::initializer_list<QVariant> values,
                                      const QString &what)
{
    auto q = run(sql, values, what);
    if (!q)
        return q.error();
    const QVariant v = (*q)->next() ? (*q)->value(0) : QVariant();
    done(**q);
    return v;
}

Result<QSqlQuery *> StoreDatabase::runWithList(const QString &sql, const QVariantList &values,
                                               const QString &what)
{
    return run(sql, values.constData(), values.constData() + values.size(), what);
}

QString StoreDatabase::placeholderRows(int columns, int rows)
{
    QString row = u"("_s;
    for (int c = 0; c < columns; ++c)
        row += c == 0 ? u"?"_s : u", ?"_s;
    row += u')';
    QString out;
    out.reserve(rows * (row.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            out += u", "_s;
        out += row;
    }
    return out;
}

Result<QSqlQuery *> StoreDatabase::run(const QString &sql, const QVariant *begin,
                                       const QVariant *end, const QString &what)
{
    // A statement naming a table with rows held back sees them (and can change them).
    if (!m_held.empty()) {
        if (Status s = writeHeldRows(sql); !s)
            return s.error();
    }
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery fresh(database());
        fresh.setForwardOnly(m_engine->forwardOnlyQueries());
        // Not cached when it fails: a file that is not a database fails here, and so does a
        // locked schema, which may work next time.
        if (!fresh.prepare(sql))
            return error(fresh.lastError(), what);
        it = m_queries.emplace(sql, fresh).first;
    }
    QSqlQuery &q = it->second;
    int i = 0;
    for (const QVariant &v : std::span(begin, end)) {
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

Status StoreDatabase::insertRows(const QString &table, const QString &columns, int columnCount,
                                 const QVariantList &values, const QString &what)
{
    if (values.isEmpty())
        return Done {};
    if (!withoutSavepoints() || !m_engine->holdsBackRows())
        return writeRows(table, columns, columnCount, values, what);
    for (HeldRows &held : m_held) {
        if (held.table == table && held.columns == columns) {
            held.values += values;
            return Done {};
        }
    }
    m_held.push_back({table, columns, columnCount, values, what});
    return Done {};
}

Status StoreDatabase::writeRows(const QString &table, const QString &columns, int columnCount,
                                const QVariantList &values, const QString &what)
{
    const qsizetype total = values.size() / columnCount;
    for (qsizetype from = 0; from < total; from += maxRowsPerStatement) {
        const int rows = int(std::min<qsizetype>(maxRowsPerStatement, total - from));
        auto q = runWithList(u"INSERT INTO "_s + table + u" ("_s + columns + u") VALUES "_s
                                 + placeholderRows(columnCount, rows),
                             values.mid(from * columnCount, qsizetype(rows) * columnCount), what);
        if (!q)
            return q.error();
        done(**q);
    }
    return Done {};
}

Status StoreDatabase::writeHeldRows(const QString &sql)
{
    if (!sql.isEmpty()) {
        const bool named = std::any_of(m_held.cbegin(), m_held.cend(),
                                       [&](const HeldRows &h) { return sql.contains(h.table); });
        if (!named)
            return Done {};
    }
    // Taken out first: writing them runs statements, which must not write them again.
    const std::vector<HeldRows> held = std::exchange(m_held, {});
    for (const HeldRows &h : held) {
        if (Status s = writeRows(h.table, h.columns, h.columnCount, h.values, h.what); !s)
            return s;
    }
    return Done {};
}

Status StoreDatabase::execute(const QString &sql, const QString &what)
{
    if (Status s = writeHeldRows(); !s)
        return s;
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
    if (m_depth > 0) {
        Status s = execute(u"SAVEPOINT sp"_s + QString::number(m_depth), what);
        if (s)
            ++m_depth;
        return s;
    }
    // The engine's statements begin and take the store's one write lock (SQLite's BEGIN
    // IMMEDIATE; PostgreSQL's BEGIN and an advisory lock). A lock not granted in time undoes
    // the transaction begun before it.
    const QStringList sql = m_engine->beginWriteSql();
    for (qsizetype i = 0; i < sql.size(); ++i) {
        if (Status s = execute(sql.at(i), what); !s) {
            if (i > 0) {
                QSqlQuery q(database());
                q.exec(u"ROLLBACK"_s);
            }
            return s;
        }
    }
    ++m_depth;
    return Done {};
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
    if (m_depth == 1) {
        if (Status s = writeHeldRows(); !s) {
            rollback();
            return s;
        }
        if (Status s = m_engine->beforeCommit(*this); !s) {
            rollback();
            return s;
        }
    }
    const QString sql = m_depth == 1 ? u"COMMIT"_s : u"RELEASE sp"_s + QString::number(m_depth - 1);
    Status s = execute(sql, what);
    if (s) {
        if (--m_depth == 0) {
            m_savepoints = true;
            m_engine->committed();
        }
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
        m_held.clear();
        m_engine->rolledBack();
        if (!m_engine->inTransaction(*this))
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
    return m_engine->error(sqlError, what, m_path);
}

StoreTransaction::StoreTransaction(StoreDatabase &db, const QString &what, Mode mode)
    : m_db(db)
    , m_what(what)
    , m_status(mode == Mode::AllOrNothing ? db.beginWithoutSavepoints(what) : db.begin(what))
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
