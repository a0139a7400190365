#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on a free loopback port for the data tests and prints the exports they read.
# Usage: `eval "$(bash .ci/start-postgres.sh)"` exports COMPLAINTSHUB_TEST_POSTGRES and COMPLAINTSHUB_PG_DATA.
# The port is the first free one from COMPLAINTSHUB_PG_PORT (55432): a server left running by an earlier run on the
# same machine once took 55432 and stopped CI before a test ran.
set -euo pipefail
port="${COMPLAINTSHUB_PG_PORT:-55432}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 1; }
data="$(mktemp -d /tmp/complaintshub-pg.XXXXXX)"
chown postgres:postgres "$data" 2>/dev/null || true
# initdb refuses to run as root; as root, run the server as the postgres user the Debian package creates.
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
as_postgres "'$bindir/initdb' -D '$data' -U postgres --auth=trust --no-sync -E UTF8 >/dev/null"
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for attempt in 1 2 3 4 5; do
  while port_taken "$port"; do port=$((port + 1)); done
  # pg_ctl appends to its log: each attempt's reason must be read from that attempt's lines alone.
  rm -f "$data/server.log"
  if as_postgres "'$bindir/pg_ctl' -D '$data' -l '$data/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$data' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start >/dev/null"; then
    echo "export COMPLAINTSHUB_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
    echo "export COMPLAINTSHUB_PG_DATA='$data'"
    exit 0
  fi
  # Another process may have taken the port between the check and the start: try the next one.
  [ "$attempt" -lt 5 ] && grep -q "could not bind" "$data/server.log" 2>/dev/null || break
  port=$((port + 1))
done
echo "PostgreSQL could not start (last port tried: $port). Its log:" >&2
cat "$data/server.log" >&2 2>/dev/null || true
rm -rf "$data"
exit 1
