#pragma once

#include "ftsranker.h"
#include "result.h"
#include "storeengine.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <map>
#include <memory>
#include <vector>

namespace galley {

// One named QSqlDatabase connection to a store (a file, or a PostgreSQL schema), with the SQL
// plumbing the store's parts share: cached prepared statements, errors turned into Error values
// by the engine, and nestable transactions (the engine's write transaction outside, savepoints
// inside).
class StoreDatabase
{
public:
    StoreDatabase();
    ~StoreDatabase();
    StoreDatabase(const StoreDatabase &) = delete;
    StoreDatabase &operator=(const StoreDatabase &) = delete;

    // Opens the store without writing anything to it yet; the caller checks the schema first.
    Status open(const StoreLocation &where);
    // How long a statement waits for another writer (a second window, a CLI import) before it
    // reports Busy: 10 s, or GALLEY_STORE_BUSY_TIMEOUT_MS (100 to 60000) where a shorter wait is
    // wanted, as in the tests that hold the lock on purpose.
    static int busyTimeoutMs();
    const QString &path() const { return m_path; }
    QSqlDatabase database() const;
    // A new connection after the old one was lost (Error::Offline): the prepared statements
    // and any transaction went with the old one, so they are dropped here.
    Status reconnect();
    StoreEngine &engine() { return *m_engine; }

    // Runs a statement prepared once and cached by its text, binding `values` in order. Read the
    // rows, then call done(): an unfinished SELECT would hold a read snapshot and keep other
    // connections' commits from us. Read all rows before the next statement: on SQLite the
    // query reads as it goes (forward-only); PostgreSQL buffers them (StoreEngine). On failure
    // returns the error, already described for a person
    // (`what` names the operation: "Saving the issue").
    Result<QSqlQuery *> run(const QString &sql, std::initializer_list<QVariant> values,
                            const QString &what);
    // The first column of the first row (a null QVariant when there is none), done() called.
    Result<QVariant> value(const QString &sql, std::initializer_list<QVariant> values,
                           const QString &what);
    // The same with values known only at run time (StoreCopier's pages of rows). A null
    // QVariant() binds SQL NULL.
    Result<QSqlQuery *> runWithList(const QString &sql, const QVariantList &values,
                                    const QString &what);
    // "(?, ?), (?, ?)": the VALUES of a statement that writes `rows` rows of `columns` at once.
    // On PostgreSQL every statement is a round trip to the server; one for a batch of rows
    // instead of one per row is what makes an import fast there (and a little faster on SQLite).
    static QString placeholderRows(int columns, int rows);
    // How many rows a multi-row statement writes at most: a few distinct statement texts to
    // cache, and far below SQLite's limit of 32,766 values.
    static constexpr int maxRowsPerStatement = 64;
    // INSERT INTO `table` (`columns`) VALUES ...: rows of `columnCount` values each, whose
    // statement returns nothing the caller reads. On an engine where every statement is a round
    // trip (StoreEngine::holdsBackRows), in a transaction without savepoints (an import's
    // batch), the rows are held back and written, a table's rows together, by the next
    // statement naming the table, any execute(), or before the commit; a rollback forgets them.
    // An import's issue then costs two round trips instead of four.
    Status insertRows(const QString &table, const QString &columns, int columnCount,
                      const QVariantList &values, const QString &what);
    // For statements without results (DDL, PRAGMAs) that are not worth caching.
    Status execute(const QString &sql, const QString &what);
    static void done(QSqlQuery &query) { query.finish(); }

    Status begin(const QString &what);
    // A transaction whose nested begin()s take no savepoints: a nested rollback() cannot undo
    // just its part, so it marks the transaction failed and the outer commit() rolls it all
    // back. Savepoints make FTS5 write out its buffer; a batch of imports without them is about
    // twice as fast.
    Status beginWithoutSavepoints(const QString &what);
    Status commit(const QString &what);
    void rollback();
    int transactionDepth() const { return m_depth; }
    // In a transaction begun with beginWithoutSavepoints(): nothing in it is undone alone, so
    // an engine may hold writes back until the commit (PgPendingIndex).
    bool withoutSavepoints() const { return m_depth > 0 && !m_savepoints; }

    Error error(const QSqlError &sqlError, const QString &what) const;

    // The search's ranking function, registered on this connection (see FtsRanker).
    FtsRanker &ranker() { return m_ranker; }

private:
    Result<QSqlQuery *> run(const QString &sql, const QVariant *begin, const QVariant *end,
                            const QString &what);
    Status writeRows(const QString &table, const QString &columns, int columnCount,
                     const QVariantList &values, const QString &what);
    // Writes the rows insertRows() held back (all of them when `sql` is empty, else when it
    // names one of their tables).
    Status writeHeldRows(const QString &sql = {});

    struct HeldRows
    {
        QString table;
        QString columns;
        int columnCount = 0;
        QVariantList values;
        QString what;
    };

    QString m_connectionName;
    QString m_path;
    // std::map: references stay valid while other statements are added (QHash moves them).
    std::map<QString, QSqlQuery> m_queries;
    int m_depth = 0;
    bool m_savepoints = true; // false inside beginWithoutSavepoints()
    bool m_failed = false; // a nested rollback() without savepoints happened
    std::vector<HeldRows> m_held; // insertRows() not written yet
    std::unique_ptr<StoreEngine> m_engine;
    FtsRanker m_ranker; // declared last: the connection that calls it is closed before it goes
};

// Runs a block in a transaction; rolls back unless commit() was called.
class StoreTransaction
{
public:
    // AllOrNothing: begun with beginWithoutSavepoints(), for a transaction that is only ever
    // undone whole (StoreCopier's copy).
    enum class Mode { Savepoints, AllOrNothing };
    StoreTransaction(StoreDatabase &db, const QString &what, Mode mode = Mode::Savepoints);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    const Status &status() const { return m_status; }
    Status commit();

private:
    StoreDatabase &m_db;
    QString m_what;
    Status m_status;
    bool m_open = false;
};

} // namespace galley
