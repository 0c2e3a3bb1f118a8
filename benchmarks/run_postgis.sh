#!/usr/bin/env bash
# The map API benchmark at scale on PostGIS, in one command:
#   benchmarks/run_postgis.sh                 # 1,000,000 mentions, 10,000 places, 100,000 articles
#   benchmarks/run_postgis.sh --mentions 100000 --places 5000
# Starts a throwaway PostgreSQL 15 + PostGIS 3 cluster (scripts/services/start.sh), migrates,
# runs benchmarks/api_bench.py against it with any extra arguments, then stops and deletes the
# cluster, also on failure or Ctrl-C. Needs `make test` to have installed postgresql-15 and
# postgresql-15-postgis-3 (scripts/setup.sh test).
#
# BENCH_PG_DIR=DIR keeps the cluster (and its generated rows) in DIR between runs instead: the
# first run creates it, later runs reuse it (a 1,000,000-row fixture is built once); stop and
# delete it with `scripts/services/stop.sh DIR`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { echo "run 'make test' first (creates .venv and installs PostGIS)" >&2; exit 1; }

args=("$@")
[ "${#args[@]}" -gt 0 ] || args=(--mentions 1000000 --places 10000 --articles 100000)

if [ -n "${BENCH_PG_DIR:-}" ]; then
    work="$BENCH_PG_DIR"
    args+=(--keep)
else
    work="$(mktemp -d -t conflictmap-bench.XXXXXX)"  # under $TMPDIR, else the system default
    chmod 755 "$work"
    trap 'scripts/services/stop.sh "$work/services"; rm -rf "$work"' EXIT
    trap 'exit 130' INT TERM
fi

if [ ! -f "$work/services/pg/data/postmaster.pid" ]; then
    # A kept cluster that is not running (e.g. after a reboot) is recreated from scratch.
    scripts/services/stop.sh "$work/services"
    # Bigger caches than the test cluster: the benchmark measures a warmed, production-like server.
    PG_SHARED_BUFFERS="${PG_SHARED_BUFFERS:-1GB}" PG_WORK_MEM="${PG_WORK_MEM:-32MB}" SERVICES=postgis \
        scripts/services/start.sh "$work/services" >/dev/null
fi
# shellcheck disable=SC1091
. "$work/services/env.sh"
export DATABASE_URL="$CONFLICTMAP_POSTGIS_URL" CONFLICTMAP_DATA_DIR="$work/data"

echo "==> PostGIS $(psql "${DATABASE_URL/postgis:/postgresql:}" -Atc 'select postgis_lib_version()') on port $CONFLICTMAP_PG_PORT"
.venv/bin/python manage.py migrate -v 0
.venv/bin/python benchmarks/api_bench.py "${args[@]}"
