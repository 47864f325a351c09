#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests: a primary on 127.0.0.1:55432 and a streaming replica on :55433,
# in a temporary directory, installed from Debian's packages when missing (as install-chromium.sh does
# for Chromium). Idempotent: servers already answering are reused; a stale directory (a crash, a
# reboot) is stopped and made anew. Nothing in it is worth keeping.
#
#   bash scripts/pg-test-server.sh            start (or reuse) and print `export` lines for the URLs
#   bash scripts/pg-test-server.sh -- CMD...  start, run CMD with the URLs in its environment, then stop
#                                             the servers again if this call started them
#   bash scripts/pg-test-server.sh --stop     stop both and remove the directory
set -euo pipefail

PRIMARY_PORT="${TALLY_PG_TEST_PORT:-55432}"
REPLICA_PORT="${TALLY_PG_TEST_REPLICA_PORT:-55433}"
BASE="${TMPDIR:-/tmp}/tally-pg-test-${PRIMARY_PORT}"
PRIMARY_DIR="$BASE/primary"
REPLICA_DIR="$BASE/replica"
PRIMARY_URL="postgres://postgres@127.0.0.1:${PRIMARY_PORT}/postgres"
REPLICA_URL="postgres://postgres@127.0.0.1:${REPLICA_PORT}/postgres"

log() { echo "pg-test-server: $*" >&2; }

find_bin() {
  if command -v initdb >/dev/null && command -v pg_basebackup >/dev/null && command -v postgres >/dev/null; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return
  fi
  # Debian keeps the server's programs off PATH, one directory per major version.
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; fi
}

BIN="$(find_bin)"
if [ -z "$BIN" ]; then
  log "installing PostgreSQL from Debian's packages"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq postgresql >/dev/null
  BIN="$(find_bin)"
  [ -n "$BIN" ] || { log "PostgreSQL installed but initdb not found"; exit 1; }
fi

# PostgreSQL refuses to run as root: as root, the servers run as the `postgres` user (the package makes it).
AS=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  AS=(runuser -u postgres --)
fi
run() { "${AS[@]}" "$@"; }

ready() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$1" -t 1 >/dev/null 2>&1; }

stop_all() {
  for dir in "$REPLICA_DIR" "$PRIMARY_DIR"; do
    if [ -f "$dir/postmaster.pid" ]; then run "$BIN/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null 2>&1 || true; fi
  done
  rm -rf "$BASE"
}

start_all() {
  stop_all
  mkdir -p "$BASE"
  if [ "${#AS[@]}" -gt 0 ]; then chown postgres "$BASE"; fi
  # trust on 127.0.0.1 only, a throwaway cluster; fsync off: the tests need speed, not durability.
  run "$BIN/initdb" -D "$PRIMARY_DIR" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  local opts="-c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
  run "$BIN/pg_ctl" -D "$PRIMARY_DIR" -l "$BASE/primary.log" -w -t 60 -o "-p $PRIMARY_PORT $opts" start >/dev/null
  # -R writes standby.signal and primary_conninfo: the copy starts as a streaming replica.
  run "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$REPLICA_DIR" -R -X stream --no-sync
  run "$BIN/pg_ctl" -D "$REPLICA_DIR" -l "$BASE/replica.log" -w -t 60 -o "-p $REPLICA_PORT $opts -c hot_standby=on" start >/dev/null
}

if [ "${1:-}" = "--stop" ]; then
  stop_all
  exit 0
fi

started=0
if ready "$PRIMARY_PORT" && ready "$REPLICA_PORT"; then
  log "reusing the servers on :$PRIMARY_PORT and :$REPLICA_PORT"
else
  t0=$(date +%s)
  start_all
  started=1
  log "primary :$PRIMARY_PORT, replica :$REPLICA_PORT started in $(($(date +%s) - t0)) s ($BASE)"
fi

if [ "${1:-}" = "--" ]; then
  shift
  status=0
  DATABASE_URL_PG_TEST="$PRIMARY_URL" DATABASE_REPLICA_URL_PG_TEST="$REPLICA_URL" "$@" || status=$?
  if [ "$started" -eq 1 ]; then stop_all; fi
  exit "$status"
fi

echo "export DATABASE_URL_PG_TEST=$PRIMARY_URL"
echo "export DATABASE_REPLICA_URL_PG_TEST=$REPLICA_URL"
