#!/bin/sh
# A throwaway PostgreSQL server for tests: a cluster in DIR that listens only on a Unix socket in
# DIR (no TCP), with trust authentication for the socket, and a database "galley".
#
#   pgserver.sh start DIR   creates DIR (must not hold a cluster yet), prints on stdout:
#                             PGHOST=DIR  PGPORT=...  PGUSER=postgres  PGDATABASE=galley
#                             GALLEY_TEST_PG_URL=postgresql://postgres@/galley?host=DIR&port=...
#                           and writes that URL into DIR/url. The role galley_pw (password
#                           galley-test-password) must log in with its password.
#   pgserver.sh stop DIR    stops it at once (-m immediate) and removes DIR; safe to call twice,
#                           and on a DIR whose start failed half way.
#   pgserver.sh kill DIR    stops it at once (-m immediate) and keeps the cluster;
#   pgserver.sh restart DIR starts that cluster again (the same data, socket and URL).
#
# PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` account the
# Debian package creates (runuser), otherwise to the current user. Environment: PG_BIN (default
# /usr/lib/postgresql/15/bin), PG_PORT (default 5432; only names the socket file, as nothing
# listens on TCP, so several servers in different DIRs may share it), PG_SYNC (see start_server),
# PG_SHARED_BUFFERS (default 16MB; PostgreSQL's own default, 128MB, is what the README's
# 100,000-issue figures ran with).
set -eu

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-5432}
PG_SYNC=${PG_SYNC:-off}
PG_SHARED_BUFFERS=${PG_SHARED_BUFFERS:-16MB}
DB=galley
# A role that logs in with a password over the socket (scram-sha-256), for the tests of where
# Galley finds a password. A throwaway server on a 0700 socket: the password is no secret.
PW_ROLE=galley_pw
PW_PASSWORD=galley-test-password

die() { echo "pgserver.sh: $*" >&2; exit 1; }

[ $# -eq 2 ] || die "usage: pgserver.sh start|stop|kill|restart DIR"
cmd=$1
# An absolute path: the server's working directory is not ours, and -k needs the real folder.
case $2 in
/*) dir=$2 ;;
*) dir=$(pwd)/$2 ;;
esac
# A Unix socket's path holds at most 107 bytes: DIR/.s.PGSQL.PORT must fit.
[ ${#dir} -le 80 ] || die "DIR is too long for a Unix socket path (${#dir} > 80 bytes): $dir"

if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    as_owner() { runuser -u postgres -- "$@"; }
else
    owner=$(id -un)
    as_owner() { "$@"; }
fi

# fsync off and a small shared_buffers: a test server, started and thrown away in seconds.
# PG_SYNC=on for a server that `kill` stops: with synchronous_commit off, the commits of the
# last fraction of a second are not in the WAL yet and a server killed at once loses them.
start_server() {
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 -o "-c listen_addresses='' \
-k $dir -p $PG_PORT -c unix_socket_permissions=0700 -c fsync=off -c synchronous_commit=$PG_SYNC \
-c full_page_writes=off -c shared_buffers=$PG_SHARED_BUFFERS -c max_connections=40" start >/dev/null \
        || { cat "$dir/log" >&2; die "the server did not start"; }
}

case $cmd in
kill)
    # The server goes away as in a crash, its cluster kept for `restart` (tst_pgoffline).
    [ -f "$dir/data/postmaster.pid" ] || die "no server running in $dir"
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
restart)
    [ -d "$dir/data" ] || die "no cluster in $dir"
    start_server
    ;;
start)
    [ -x "$PG_BIN/initdb" ] || die "no $PG_BIN/initdb (apt-get install postgresql-15)"
    [ ! -e "$dir/data" ] || die "$dir already holds a cluster"
    mkdir -p "$dir"
    # The server writes its socket and lock file into DIR: the owner of the cluster must own it.
    # 0700 keeps other users away from the socket (trust authentication below).
    chown "$owner" "$dir"
    chmod 0700 "$dir"
    # -A trust: only the socket exists, in a 0700 folder. C.UTF-8 is on every Debian system, so the
    # cluster never depends on the caller's LANG (a missing locale makes initdb fail). --no-sync:
    # nothing here must survive a power cut; it halves the time. TMPDIR: runuser keeps the
    # caller's, which may be a folder `postgres` cannot write.
    TMPDIR="$dir" as_owner "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 \
        --locale=C.UTF-8 --no-sync --no-instructions >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    # The password role's line goes first: pg_hba.conf is read top down.
    as_owner sh -c "{ echo 'local all $PW_ROLE scram-sha-256'; cat '$dir/data/pg_hba.conf'; } \
>'$dir/data/pg_hba.new' && mv '$dir/data/pg_hba.new' '$dir/data/pg_hba.conf'"
    start_server
    as_owner "$PG_BIN/createdb" -h "$dir" -p "$PG_PORT" -U postgres "$DB" \
        || die "createdb failed"
    # A role that must give a password (the keyring's tests, tst_pgpassword): the only one
    # that does; every other role keeps trust.
    as_owner "$PG_BIN/psql" -q -h "$dir" -p "$PG_PORT" -U postgres -d "$DB" -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE $PW_ROLE LOGIN PASSWORD '$PW_PASSWORD'" \
        -c "GRANT CREATE ON DATABASE $DB TO $PW_ROLE" >/dev/null \
        || die "the password role could not be made"
    echo "PGHOST=$dir"
    echo "PGPORT=$PG_PORT"
    echo "PGUSER=postgres"
    echo "PGDATABASE=$DB"
    url="postgresql://postgres@/$DB?host=$dir&port=$PG_PORT"
    # Also in a file: CTest cannot hand a setup test's output to the tests that need the server.
    echo "$url" >"$dir/url"
    echo "GALLEY_TEST_PG_URL=$url"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    # Only a folder this script made (it holds a cluster or is empty): never remove anything else.
    if [ -d "$dir/data" ] || [ -f "$dir/initdb.log" ]; then
        rm -rf "$dir"
    elif [ -d "$dir" ]; then
        rmdir "$dir" 2>/dev/null || die "$dir holds no cluster of this script; left as it is"
    fi
    ;;
*)
    die "usage: pgserver.sh start|stop|kill|restart DIR"
    ;;
esac
