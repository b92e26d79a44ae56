#pragma once

#include <QStringList>

namespace galley::PgSchema {

// A new PostgreSQL store in one step: the tables SQLite's steps 1 to baselineVersion() build
// (less FTS5: search has its own table, see PgSearch), plus galley_schema, the version row.
int baselineVersion();
QStringList baselineSql();
// The DDL of step `target` after the baseline (none yet).
QStringList stepSql(int target);

} // namespace galley::PgSchema
