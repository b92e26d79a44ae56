#pragma once

#include "result.h"

#include <QString>

namespace galley {

class StoreDatabase;

// The two indexes of the search's (word, issue) rows (issue_terms) during a large import.
//
// The impact index (issue_terms_impact, read by PgTopRanking): kept up row by row it is most of
// an import's cost. Each new row lands at a place of its own inside its word's range (the key is
// the row's bm25 order, not the issue), so a batch of 100 issues touches nearly every leaf page
// of the index (measured at 3,000 issues: 11.7 s to insert the rows with it, 3.1 s without it,
// 1.0 s to build it afterwards). So an import that brings at least an eighth of the issues
// already indexed drops it and builds it once at its end. Meanwhile searches give the same
// results, more slowly (the ranking sorts each word's rows itself).
//
// The key (issue_terms_pkey, unique on word and issue): it takes a batch's rows at the end of
// each word's range, and still costs three quarters of writing them (measured with a batch's
// 54,000 rows by COPY: 85 ms with it, 20 ms without; building it for 10,000 issues' 5.4 million
// rows takes 2 s). So an import that at least doubles the issues indexed sets it aside too, and
// builds it first at its end. Meanwhile a search reads the whole table for each word, with the
// same results, and a removal reads it for its issue: the import's own first removal (a file that
// changes an issue already in the store) builds the key again at once (keyForRemoval()).
//
// The store's writers wait for the builds at the end (seconds at 10,000 issues). The importing
// session holds an advisory lock while an index is away; a store opened without one of them, or
// with one a build left unusable, and without that lock held (an import that crashed or lost its
// connection) builds it again, in the background (PgIndexRepair).
namespace PgSearchIndexes {

enum class Index { Key, Impact };
// In the order they are built: the key first, which searches and removals need most.
constexpr Index all[] = {Index::Key, Index::Impact};

// An index's CREATE statement (the schema steps, the rebuilds here, PgIndexRepair's). The key is
// built as a unique index, which primaryKeySql() then makes the table's primary key again.
QString createSql(Index index, bool concurrently = false);
// The key made the table's primary key again, as the schema made it (a change of the catalog
// alone, with a lock timeout of its own); nothing when it is one already.
QString primaryKeySql();
// Drops it when there (a key made by the schema is a constraint: dropped as one).
QStringList dropSql(Index index, const QString &schema, bool concurrently = false);
// The import's claim on the indexes, per schema (so that two stores in one database do not wait
// for each other); a session lock, which the server lets go of when the session ends, however.
QString lockKeySql();
// The index's name in the store's own schema: unqualified, a schema later in the search_path
// (a store opened without ?schema=) could lend its own.
QString qualifiedName(Index index, const QString &schema);
// The index's pg_index.indisvalid and indisprimary, given qualifiedName(); no row when there is
// none.
QString validitySql();
// Whether the index is missing, or left unusable by a build that stopped half way (or one
// under way, which holds the lock).
Result<bool> isMissing(StoreDatabase &db, const QString &schema, Index index, const QString &what);
// Whether any of them is, or the key is not the table's primary key (its build made it a unique
// index, and making it the primary key gave up or has not come yet): then a build is due.
Result<bool> incomplete(StoreDatabase &db, const QString &schema, const QString &what);

// What an import set aside.
struct Deferred
{
    bool locked = false; // it holds the lock: rebuildAfterImport() must follow
    bool key = false; // the key too
};

// During an import that may still bring `issues` new issues (ArchiveImporter tells it once a
// batch has added some), between its batches: drops the indexes when it pays.
Result<Deferred> deferForImport(StoreDatabase &db, const QString &schema, qint64 issues);

// Before a removal of (word, issue) rows while the import has the key set aside: the key again,
// in the import's transaction (a removal without it reads every row of the table), as a unique
// index, which rebuildAfterImport() makes the primary key. A catalog look once it is there; a
// rollback of the batch takes it away again, and the next removal builds it again.
Status keyForRemoval(StoreDatabase &db);

// After that import: builds the indexes again and lets go of the lock.
Status rebuildAfterImport(StoreDatabase &db, const QString &schema);

// After an import that did not set them aside: builds those missing when no other session holds
// the lock (the import waits for it; PgIndexRepair builds them without waiting).
Status buildIfMissing(StoreDatabase &db, const QString &schema);

} // namespace PgSearchIndexes

} // namespace galley
