#!/usr/bin/env bash
# Start a throwaway PostgreSQL 15 + PostGIS 3 cluster and a Redis server for tests and
# benchmarks, both on free ports of 127.0.0.1, all state under DIR.
#   scripts/services/start.sh DIR      -> writes DIR/env.sh (source it), prints its contents
#   scripts/services/stop.sh DIR       -> stops both and deletes DIR
# PostgreSQL refuses to run as root, so as root the cluster runs as the unprivileged
# user conflictmap-test (created if missing). The cluster trusts local TCP connections
# (it listens on 127.0.0.1 only and lives as long as one test run) and its one role,
# `conflictmap`, is a superuser so the test runner may CREATE DATABASE / EXTENSION postgis.
# fsync is off: the data is disposable, and it makes the test suite several times faster.
set -euo pipefail
dir="${1:?usage: start.sh DIR}"
services="${SERVICES:-postgis redis}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
chmod 755 "$dir"

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

as_pg=()
if [ "$(id -u)" -eq 0 ]; then
    pg_user="conflictmap-test"
    if ! id "$pg_user" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
    fi
    as_pg=(runuser -u "$pg_user" --)
fi

: > "$dir/env.sh"

if [[ " $services " == *" postgis "* ]]; then
    pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
    [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL 15 not found in $pg_bin (apt-get install postgresql-15 postgresql-15-postgis-3)" >&2; exit 1; }
    [ -f /usr/share/postgresql/15/extension/postgis.control ] || { echo "PostGIS 3 for PostgreSQL 15 is not installed (postgresql-15-postgis-3)" >&2; exit 1; }
    mkdir -p "$dir/pg"
    [ "${#as_pg[@]}" -gt 0 ] && chown "$pg_user" "$dir/pg"
    "${as_pg[@]}" "$pg_bin/initdb" -D "$dir/pg/data" -U conflictmap -A trust -E UTF8 --locale=C.UTF-8 >"$dir/pg/initdb.log" 2>&1 \
        || { cat "$dir/pg/initdb.log" >&2; exit 1; }
    pg_port="$(free_port)"
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 start -o \
        "-p $pg_port -k $dir/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=${PG_SHARED_BUFFERS:-256MB} -c work_mem=${PG_WORK_MEM:-16MB}" \
        >/dev/null || { cat "$dir/pg/server.log" >&2; exit 1; }
    "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U conflictmap conflictmap
    "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U conflictmap -d conflictmap -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null
    cat >>"$dir/env.sh" <<ENV
export CONFLICTMAP_PG_PORT=$pg_port
export CONFLICTMAP_POSTGIS_URL=postgis://conflictmap@127.0.0.1:$pg_port/conflictmap
ENV
fi

if [[ " $services " == *" redis "* ]]; then
    command -v redis-server >/dev/null || { echo "redis-server not found (apt-get install redis-server)" >&2; exit 1; }
    redis_port="$(free_port)"
    mkdir -p "$dir/redis"
    redis-server --port "$redis_port" --bind 127.0.0.1 --daemonize yes --dir "$dir/redis" \
        --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log" --save "" --appendonly no
    for _ in $(seq 50); do
        redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break
        sleep 0.1
    done
    redis-cli -p "$redis_port" ping | grep -q PONG || { cat "$dir/redis/redis.log" >&2; exit 1; }
    echo "export CONFLICTMAP_REDIS_URL=redis://127.0.0.1:$redis_port/0" >>"$dir/env.sh"
fi
cat "$dir/env.sh"
