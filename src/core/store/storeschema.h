#pragma once

#include "result.h"

#include <QStringList>

namespace galley {

class StoreDatabase;

// The store's schema, versioned (SQLite: PRAGMA user_version; PostgreSQL: galley_schema, see
// StoreEngine) and migrated one step at a time, each step in its own transaction. A new
// PostgreSQL store starts at its baseline (PgSchema) instead of replaying the steps before it.
// Later features (sponsors, bookings, templates) add steps.
namespace StoreSchema {

// The version this build writes.
int currentVersion();

// SQLite's steps: step N turns a version N-1 store into version N.
const QList<QStringList> &sqliteSteps();

// Checks that the store is one this build understands, without writing to it: Corrupt for a
// file that is not a database or a database holding somebody else's tables, NewerSchema for a
// store from a newer Galley.
Result<int> check(StoreDatabase &db);

// Applies the missing steps. Safe when another process migrates at the same time: each step
// re-reads the version inside its write transaction.
Status migrate(StoreDatabase &db);

} // namespace StoreSchema

} // namespace galley
