#pragma once

#include "result.h"

#include <QString>

namespace galley {

// Where a store lives, from a --db or GALLEY_DB value: a file path (SQLite), or a
// postgresql:// URL (PostgreSQL, through Qt's QPSQL driver and libpq):
//
//   postgresql://[user@]host[:port]/dbname[?host=/socket/dir&port=N&sslmode=MODE&schema=NAME
//                                          &role=TEAM]
//
// A password in the URL is refused: it would end up in settings, shell history and logs. libpq
// reads it from ~/.pgpass or PGPASSWORD itself. Any other scheme is refused too, rather than
// taken for a file name (which would create a folder named after it).
struct StoreLocation
{
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString text; // as given: the file path, or the URL (it holds no password)

    // PostgreSQL only. Empty (or port 0) leaves the choice to libpq's defaults (PGHOST, ...).
    QString user;
    QString host; // a host name, or a folder holding the server's Unix socket
    int port = 0;
    QString database;
    QString sslmode;
    QString schema; // the store's tables live in this schema; empty: the server's search_path
    // A team's shared role (SET ROLE after logging in): each editor logs in as themself, and
    // what Galley creates belongs to the team, so every member can write it. Empty: the user.
    QString role;
    // Not part of the text: Store::open(ReadOnly) sets it, and the engine then opens the store
    // so that it cannot be written (and creates nothing when it is missing).
    bool readOnly = false;
    // Not part of the text either: Store::setBackgroundWork(true) sets it (the window's store),
    // and the engine may then start work at the opening that outlives it (PgIndexRepair).
    bool backgroundWork = false;

    static Result<StoreLocation> parse(const QString &value);

    bool isPostgres() const { return kind == Kind::Postgres; }

    // PostgreSQL: who connects where, with libpq's defaults filled in for what the address
    // leaves out (PGUSER, PGHOST, PGPORT, PGDATABASE; else the system's user name, the local
    // socket folder, 5432, the user's name). Never a password.
    QString effectiveUser() const;
    QString effectiveHost() const;
    int effectivePort() const;
    QString effectiveDatabase() const;
    // "user@host:port/database": the server account, as the keyring names its password.
    QString serverAccount() const;
    // One store whatever way its address was spelled (postgres:// or postgresql://, a default
    // port written out or not, sslmode): postgresql://user@host:port/database?schema=NAME. For
    // a file: the text as given. The editor's single-instance key starts from it.
    QString identity() const;
    // QSqlDatabase::setConnectOptions() for QPSQL: sslmode, the schema as search_path, and the
    // application name that shows in pg_stat_activity.
    QString connectOptions() const;
};

} // namespace galley
