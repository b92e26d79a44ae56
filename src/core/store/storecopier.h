#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace galley {

class Store;
class StoreDatabase;

// A table of the store as the copier reads, writes and sums it.
struct StoreTable
{
    QString name;
    QStringList key; // the primary key: rows are read, written and summed in its order
    // The key is text: rows are summed in the order of its UTF-8 bytes, sorted here, because
    // the engines' collations may order text differently. Integer keys are read in order.
    bool textKey = false;
    // `id` is generated: on PostgreSQL its identity sequence is moved past the copied ids.
    bool identity = false;
};

// One table's row count and checksum: SHA-256 over its rows in key order, each row one line of
// its columns (in the table's column order) rendered canonically: integers in decimal, NULL as
// \N, text as UTF-8 with backslash, tab, newline and carriage return escaped as \\ \t \n \r,
// bytes as \x and hex; columns separated by a tab. The same for any engine.
struct TableSummary
{
    QString table;
    qint64 rows = 0;
    QByteArray sha256; // hex
    bool operator==(const TableSummary &) const = default;
};

struct StoreCopyReport
{
    QList<TableSummary> tables; // the same on both sides, or the copy failed
    qint64 indexed = 0; // issues put into the target's search index (those outside the trash)
};

// Copies a whole store into a new one, between engines (SQLite file, PostgreSQL schema), for
// `galley migrate` and for a file backup of a PostgreSQL store:
//
// - the source is opened read-only and read in one snapshot; it is never written;
// - the target must be new: missing, empty, or at this Galley's schema with no rows at all;
// - every table of tables() is copied with its ids, in one transaction on the target, in pages
//   of prepared INSERTs (SQL both engines run); the search index is not copied (FTS5's cannot be
//   read back) but rebuilt from each copied issue outside the trash;
// - before that transaction commits, every table's row count and checksum on the target are
//   compared with the source's; a difference undoes the whole copy and names the table.
class StoreCopier
{
public:
    // A page of `table` was copied: `done` of `total` rows.
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    // Every table a store holds at this version, in an order that copies each row after the
    // rows it refers to. The search index (FTS5's tables, PostgreSQL's issue_search) and the
    // version bookkeeping are not data: the target has its own.
    static const QList<StoreTable> &tables();

    // `from` and `to` as --db takes them (a path or a postgresql:// URL).
    static Result<StoreCopyReport> migrate(const QString &from, const QString &to,
                                           const Progress &progress = {});
    // The whole store behind `source` into a new SQLite file `file` (empty or missing): a
    // backup of a store that has no file of its own (PostgreSQL).
    static Status backupInto(StoreDatabase &source, const QString &file);
    // Row counts and checksums as the copy compares them, for any open store.
    static Result<QList<TableSummary>> summarize(Store &store);
};

} // namespace galley
