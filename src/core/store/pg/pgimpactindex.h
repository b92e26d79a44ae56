#pragma once

#include "result.h"

#include <QString>

namespace galley {

class StoreDatabase;

// The search's impact index (issue_terms_impact, read by PgTopRanking) during a large import.
//
// Kept up row by row it is most of an import's cost: each new (word, issue) row lands at a
// place of its own inside its word's range (the key is the row's bm25 order, not the issue),
// so a batch of 100 issues touches nearly every leaf page of the index (measured at 3,000
// issues: 11.7 s to insert the rows with it, 3.1 s without it, 1.0 s to build it afterwards).
// The primary key, ordered by issue within a word, takes its rows at the end of each range.
//
// So an import that brings at least an eighth of the issues already indexed drops the index
// and builds it once at its end (the store's writers wait for the build: seconds at 10,000
// issues). Meanwhile searches give the same results, more slowly (the ranking sorts each word's
// rows itself). The importing session holds an advisory lock while the index is away; a store
// opened without its index, or with one a build left unusable, and without that lock held (an
// import that crashed or lost its connection) builds it again, in the background
// (PgIndexRepair).
namespace PgImpactIndex {

// The index's CREATE statement (schema step 9, the rebuilds here, PgIndexRepair's).
QString createSql(bool concurrently = false);
// The import's claim on the index, per schema (so that two stores in one database do not wait
// for each other); a session lock, which the server lets go of when the session ends, however.
QString lockKeySql();
// The index's name in the store's own schema: unqualified, a schema later in the search_path
// (a store opened without ?schema=) could lend its own.
QString qualifiedName(const QString &schema);
// The index's pg_index.indisvalid, given qualifiedName(); no row when there is none.
QString validitySql();
// Whether the index is missing, or left unusable by a build that stopped half way (or one
// under way, which holds the lock).
Result<bool> isMissing(StoreDatabase &db, const QString &schema, const QString &what);

// During an import that may still bring `issues` new issues (ArchiveImporter tells it once a
// batch has added some), between its batches: drops the index when it pays. True when it did;
// then rebuildAfterImport() must follow.
Result<bool> deferForImport(StoreDatabase &db, const QString &schema, qint64 issues);

// After that import: builds the index again and lets go of the lock.
Status rebuildAfterImport(StoreDatabase &db, const QString &schema);

// After an import that did not set it aside: builds it when it is missing and no other session
// holds the lock (the import waits for it; PgIndexRepair builds it without waiting).
Status buildIfMissing(StoreDatabase &db, const QString &schema);

} // namespace PgImpactIndex

} // namespace galley
