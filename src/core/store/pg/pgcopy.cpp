#include "pgcopy.h"

#include "pglibpq.h"
#include "store/storedatabase.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>
#include <charconv>
#include <optional>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
std::atomic<qint64> copies {0};

struct PgCopyTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

// The error of a COPY as QPSQL would have given it for a statement, for the engine to describe:
// the server's message and SQLSTATE, or none when the connection is gone (Error::Offline).
Error copyError(StoreDatabase &db, const PgLibpq &pq, void *conn, const void *result,
                const QString &what)
{
    const char *state = result ? pq.resultErrorField(result, PgLibpq::diagSqlState) : nullptr;
    const char *message = result ? pq.resultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = pq.errorMessage(conn);
    // No SQLSTATE is what the engine takes for a lost connection: one that is still there gets
    // libpq's own error a code of its own (XX000, an internal error), so that it is told as it is.
    const bool connected = pq.status(conn) == PgLibpq::connectionOk;
    const QString code = !connected ? QString() : state ? QString::fromUtf8(state) : u"XX000"_s;
    return db.error(
        QSqlError(u"COPY"_s, QString::fromUtf8(message).trimmed(), QSqlError::StatementError, code),
        what);
}

} // namespace

Status PgCopy::copyRows(StoreDatabase &db, const QString &table, const QString &columns,
                        const QByteArray &rows, const QString &what)
{
    const PgLibpq *api = PgLibpq::get();
    void *conn = PgLibpq::connection(db.database().driver()->handle());
    if (!api || !conn)
        return Error {{},
                      0,
                      what + u": "_s
                          + PgCopyTr::tr("libpq, the PostgreSQL client library, is not loaded."),
                      Error::Failed};
    const PgLibpq &pq = *api;
    const QByteArray sql = u"COPY %1 (%2) FROM STDIN"_s.arg(table, columns).toUtf8();
    void *started = pq.exec(conn, sql.constData());
    if (pq.resultStatus(started) != PgLibpq::copyIn) {
        Error e = copyError(db, pq, conn, started, what);
        pq.clear(started);
        // Whatever libpq still holds is read, so that the connection is ready for the next.
        while (void *r = pq.getResult(conn))
            pq.clear(r);
        return e;
    }
    pq.clear(started);
    const bool sent
        = rows.isEmpty() || pq.putCopyData(conn, rows.constData(), int(rows.size())) == 1;
    const bool ended = pq.putCopyEnd(conn, sent ? nullptr : "the rows could not be sent") == 1;
    std::optional<Error> failed;
    while (void *r = pq.getResult(conn)) {
        const int status = pq.resultStatus(r);
        if (status != PgLibpq::commandOk && !failed)
            failed = copyError(db, pq, conn, r, what);
        pq.clear(r);
        // Still taking rows: the end could not be sent (the connection broke), and libpq would
        // give this result again and again.
        if (status == PgLibpq::copyIn)
            break;
    }
    if (!failed && (!sent || !ended))
        failed = copyError(db, pq, conn, nullptr, what);
    if (failed)
        return *failed;
    ++copies;
    return Done {};
}
qint64 PgCopy::calls()
{
    return copies.load();
}

void PgCopy::appendNumber(QByteArray &line, qint64 n, char separator)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits - 1, n).ptr;
    *end = separator;
    line.append(digits, end - digits + 1);
}

} // namespace galley
