#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace galley {

class StoreDatabase;

// Rows written with COPY ... FROM STDIN on the store's own connection, through the libpq
// connection under Qt's QPSQL driver (which has no COPY of its own). The server reads plain lines
// of text instead of a statement's parameters turned into arrays and then into rows, and writes
// them a page at a time. Measured with an import's 54,000 search rows of a 100-issue batch: 20 ms
// into the table without its indexes, 85 ms with its key, against 125 ms for INSERT ... SELECT
// from arrays given as parameters.
//
// In the connection's transaction, like any statement; an error is described by the engine, as
// a statement's would be (a lost connection is Error::Offline).
namespace PgCopy {

// `rows`: COPY's text format, one line per row ending in '\n', columns separated by tabs, in the
// order of `columns` (a comma-separated list). Only for numbers and words that need no escaping.
Status copyRows(StoreDatabase &db, const QString &table, const QString &columns,
                const QByteArray &rows, const QString &what);

// For tests: how many copyRows() calls went through in this process (an import's batch goes by
// COPY, a save's few rows in one statement: PgSearch::flush).
qint64 calls();

// Appends `n` and `separator` to `line` (no allocation per number).
void appendNumber(QByteArray &line, qint64 n, char separator);

} // namespace PgCopy

} // namespace galley
