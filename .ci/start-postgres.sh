#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on a loopback port for the data tests and prints the connection string.
# Usage: source-free; `eval "$(bash .ci/start-postgres.sh)"` exports COMPLAINTSHUB_TEST_POSTGRES.
set -euo pipefail
port="${COMPLAINTSHUB_PG_PORT:-55432}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 1; }
data="$(mktemp -d /tmp/complaintshub-pg.XXXXXX)"
chown postgres:postgres "$data" 2>/dev/null || true
# initdb refuses to run as root; as root, run the server as the postgres user the Debian package creates.
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
as_postgres "'$bindir/initdb' -D '$data' -U postgres --auth=trust --no-sync -E UTF8 >/dev/null"
as_postgres "'$bindir/pg_ctl' -D '$data' -l '$data/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$data' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start >/dev/null"
echo "export COMPLAINTSHUB_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
echo "export COMPLAINTSHUB_PG_DATA='$data'"
