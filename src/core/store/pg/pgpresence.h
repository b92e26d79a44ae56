#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace galley {

class StoreDatabase;

// Who else has a draft open on a PostgreSQL store (the status bar's "Also open by: Ana").
//
// Each connection names what it has open in its own application_name:
// "galley/<store>/<issue id>/<editor name>", and others read pg_stat_activity. Chosen over a
// presence table with heartbeats (PG-PLAN §6.1) because it cleans itself up: a connection that
// dies (a crash, a pulled cable, a killed process) leaves pg_stat_activity with it, so a name
// is never shown for an editor who is gone, and nothing is written to the store (no rows, no
// timer writing every few seconds, nothing a read-only user cannot do). application_name is one
// of the columns pg_stat_activity shows to every role without privileges (with datname and
// pid), so teammates logging in as different users see each other (tst_presence checks it with
// two roles). Open and close are announced through the store's LISTEN/NOTIFY channel with the
// payload {"kind":"presence"}, so that the others look again at once; a dead connection is
// noticed at their next periodic look.
namespace PgPresence {

// The prefix every connection on this store with `issueId` open uses (the store is its schema,
// or a hash of a long schema name, so that the name fits PostgreSQL's 63 bytes).
QString prefix(const QString &schema, qint64 issueId);
// The whole application_name: the prefix and as much of `editorName` as fits in 63 bytes,
// percent-encoded (PostgreSQL keeps printable ASCII only), cut between characters; "galley"
// when no draft is open (`issueId` 0).
QString applicationName(const QString &schema, qint64 issueId, const QString &editorName);

// Sets this connection's name and tells the others on `channel`.
Status announce(StoreDatabase &db, const QString &channel, const QString &schema, qint64 issueId,
                const QString &editorName, const QString &what);
// The editor names of the other connections to this database with `issueId` open, sorted,
// each once. Sets this connection's name to `ownName` again (what announce() set last).
Result<QStringList> others(StoreDatabase &db, const QString &schema, qint64 issueId,
                           const QString &ownName, const QString &what);

} // namespace PgPresence

} // namespace galley
