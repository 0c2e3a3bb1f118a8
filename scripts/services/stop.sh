#!/usr/bin/env bash
# Stop what scripts/services/start.sh DIR started and delete DIR. Safe to call twice,
# or after a start that failed half-way.
set -uo pipefail
dir="${1:?usage: stop.sh DIR}"
[ -d "$dir" ] || exit 0
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ -f "$dir/pg/data/postmaster.pid" ]; then
    as_pg=()
    [ "$(id -u)" -eq 0 ] && as_pg=(runuser -u conflictmap-test --)
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/pg/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
        || kill -9 "$(head -1 "$dir/pg/data/postmaster.pid")" 2>/dev/null
fi
if [ -f "$dir/redis/redis.pid" ]; then
    pid="$(cat "$dir/redis/redis.pid")"
    kill "$pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
fi
rm -rf "$dir"
