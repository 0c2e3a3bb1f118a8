#!/usr/bin/env bash
# The whole test suite on SpatiaLite (the default database), and again on PostGIS.
# Called by `make test` (after scripts/setup.sh test); .ci/run calls `make test`.
#
# The two passes run side by side, one per core (CI has two): each takes about as long as the
# other, so this halves the wall time. The first pass streams its output; the others write a
# log that is printed when they end. Each pass has its own data directory, database and Redis
# database number, so the worker tests of one never take the other's jobs.
#
# The second pass runs only the tests that can behave differently on another database:
# it sets CONFLICTMAP_DATABASE_TESTS_ONLY=1, and tests/conftest.py (runs_once) then deselects
# the tests that use no database at all (parsing, extraction, settings: the same code on either
# backend) and the browser tests (what Chromium draws from API answers that tests/api proves
# identical on both databases). Every test that queries the database runs on both. This halves
# the PostGIS pass and keeps CI within its time; TEST_EVERYTHING_TWICE=1 runs all tests twice.
#
# It starts a throwaway PostgreSQL 15 + PostGIS 3 cluster and a Redis server
# (scripts/services/start.sh) and always stops them again, even on failure or Ctrl-C.
# Extra arguments go to pytest on both runs, e.g. `scripts/run_tests.sh tests/ops -x`.
# Environment knobs:
#   TEST_DATABASES="spatialite postgis"   which runs to do (default both)
#   TEST_RUN_TIMEOUT=2400                 seconds each run may take before it is killed
#   TEST_EVERYTHING_TWICE=1               also run the database-independent tests on the 2nd pass
#   TEST_SERIAL=1                         run the passes one after the other (default: side by side)
#   CONFLICTMAP_DATA_DIR                  kept for the SpatiaLite run if set; else a temp dir
# pytest's exit code 5 ("no tests collected") counts as a failure.
# The production path runs inside the suite: tests/ops/test_production_browser.py runs
# `collectstatic` with the manifest storage and drives gunicorn (DJANGO_DEBUG=False) in Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."

databases="${TEST_DATABASES:-spatialite postgis}"
run_timeout="${TEST_RUN_TIMEOUT:-2400}"
pytest=.venv/bin/pytest
[ -x "$pytest" ] || { echo "run_tests: $pytest missing; run 'make test' (or scripts/setup.sh test) first" >&2; exit 1; }

work="$(mktemp -d /tmp/conflictmap-tests.XXXXXX)"
chmod 755 "$work"  # the unprivileged PostgreSQL user must reach its cluster inside
cleanup() {
    scripts/services/stop.sh "$work/services"
    rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "run_tests: interrupted" >&2; exit 130' INT TERM

echo "==> Starting throwaway PostgreSQL/PostGIS and Redis under $work/services"
if ! scripts/services/start.sh "$work/services" >/dev/null; then
    echo "run_tests: could not start the test services (see above)" >&2
    exit 1
fi
# shellcheck disable=SC1091
. "$work/services/env.sh"
# Tests that need Redis/PostGIS must run here, never skip (tests/ops reads this).
export CONFLICTMAP_REQUIRE_SERVICES=1
export CONFLICTMAP_REDIS_URL CONFLICTMAP_POSTGIS_URL
unset CELERY_BROKER_URL

declare -A status seconds counts
overall=0
total_passed=0 total_failed=0 total_skipped=0

# Runs one pass of pytest in the foreground (output streamed) or the background (into its log).
run_suite() {
    local name="$1" mode="$2"; shift 2
    local log="$work/$name.log"
    echo ""
    echo "==> [$name] pytest $*${mode:+ (side by side; its output follows when it ends)}"
    (
        started=$(date +%s)
        if [ "$mode" = background ]; then
            timeout --kill-after=30 "$run_timeout" env "$@" "$pytest" "${pytest_args[@]}" >"$log" 2>&1
            rc=$?
        else
            timeout --kill-after=30 "$run_timeout" env "$@" "$pytest" "${pytest_args[@]}" 2>&1 | tee "$log"
            rc=${PIPESTATUS[0]}
        fi
        echo $(( $(date +%s) - started )) >"$work/$name.seconds"
        echo "$rc" >"$work/$name.rc"
    ) &
    pids+=("$!")
    [ "$mode" = background ] || wait "$!"
}

# Reads a finished pass's log and exit code into the summary (status, counts, totals).
summarise_suite() {
    local name="$1" log="$work/$1.log" rc
    rc="$(cat "$work/$name.rc" 2>/dev/null || echo 1)"
    seconds[$name]="$(cat "$work/$name.seconds" 2>/dev/null || echo '?')"
    # The closing line of pytest, e.g. "=== 120 passed, 3 skipped in 41.2s ===" (no "=" with -q).
    local summary
    summary="$(grep -E '^(=+ )?[0-9a-z ,]*(passed|failed|errors?|deselected|no tests ran)[^=]* in [0-9.]+s' "$log" | tail -1 | sed -E 's/^=+ //; s/ =+$//')"
    counts[$name]="${summary:-no summary (rc=$rc)}"
    local passed failed errors skipped
    passed=$(grep -oE '[0-9]+ passed' <<<"$summary" | grep -oE '[0-9]+' || echo 0)
    failed=$(grep -oE '[0-9]+ failed' <<<"$summary" | grep -oE '[0-9]+' || echo 0)
    errors=$(grep -oE '[0-9]+ errors?' <<<"$summary" | grep -oE '[0-9]+' || echo 0)
    skipped=$(grep -oE '[0-9]+ skipped' <<<"$summary" | grep -oE '[0-9]+' || echo 0)
    total_passed=$(( total_passed + ${passed:-0} ))
    total_failed=$(( total_failed + ${failed:-0} + ${errors:-0} ))
    total_skipped=$(( total_skipped + ${skipped:-0} ))
    case "$rc" in
        0) status[$name]="OK" ;;
        5) if [ -n "$only_database_tests" ] && [ "$name" != "${names[0]}" ] &&
               grep -q deselected <<<"$summary"; then
               # e.g. `scripts/run_tests.sh tests/articles/test_actors.py`: nothing there
               # touches the database, so the second pass has nothing of its own to run.
               status[$name]="OK (no database tests selected)"
           else
               status[$name]="FAILED (pytest collected no tests)"; overall=1
           fi ;;
        124|137) status[$name]="FAILED (timed out after ${run_timeout}s)"; overall=1 ;;
        *) status[$name]="FAILED (pytest exit $rc)"; overall=1 ;;
    esac
}

# --tb=native: Playwright's greenlets upset CPython 3.11's recursion counter, and pytest's
# own traceback formatting (ast.parse) then dies with "AST constructor recursion depth
# mismatch", aborting the whole run on the first failure after a browser test.
pytest_args=(--tb=native --durations=25 "$@")
# Starts the pass of one database: MODE "" streams it and waits, "background" leaves it running.
run_database() {
    local db="$1" mode="$2" only="$3" index="$4"
    local redis="CONFLICTMAP_REDIS_URL=$redis_base/$index"
    case "$db" in
        spatialite)
            run_suite spatialite "$mode" -u DATABASE_URL \
                "CONFLICTMAP_DATA_DIR=${CONFLICTMAP_DATA_DIR:-$work/data-spatialite}" "$redis" \
                "CONFLICTMAP_DATABASE_TESTS_ONLY=$only" ;;
        postgis)
            run_suite postgis "$mode" "DATABASE_URL=$CONFLICTMAP_POSTGIS_URL" \
                "CONFLICTMAP_DATA_DIR=$work/data-postgis" "$redis" \
                "CONFLICTMAP_DATABASE_TESTS_ONLY=$only" ;;
    esac
}

redis_base="${CONFLICTMAP_REDIS_URL%/*}"
pids=() names=()
for db in $databases; do
    case "$db" in
        spatialite|postgis) names+=("$db") ;;
        *) echo "run_tests: unknown database '$db' in TEST_DATABASES" >&2; overall=1 ;;
    esac
done
# The first pass runs everything; the others only the database tests (TEST_EVERYTHING_TWICE=1:
# everything). The others start first, in the background, so that the first, which streams its
# output, runs beside them; TEST_SERIAL=1 runs them all in the foreground, in order.
only_database_tests=1
[ "${TEST_EVERYTHING_TWICE:-}" = 1 ] && only_database_tests=""
if [ "${TEST_SERIAL:-}" = 1 ]; then
    for i in "${!names[@]}"; do
        only=""; [ "$i" -gt 0 ] && only="$only_database_tests"
        run_database "${names[$i]}" "" "$only" $(( i + 1 ))
    done
elif [ "${#names[@]}" -gt 0 ]; then
    for i in "${!names[@]}"; do
        [ "$i" -gt 0 ] && run_database "${names[$i]}" background "$only_database_tests" $(( i + 1 ))
    done
    run_database "${names[0]}" "" "" 1
fi
# The streamed first pass ran in the foreground; the rest run beside it: wait for them all,
# then show each background pass's output once, whole, in the order the passes were listed.
for pid in "${pids[@]}"; do wait "$pid"; done
for name in "${names[@]}"; do
    if [ "${TEST_SERIAL:-}" != 1 ] && [ "$name" != "${names[0]}" ]; then
        echo ""
        echo "==> [$name] output"
        cat "$work/$name.log"
    fi
    summarise_suite "$name"
done

echo ""
echo "==> Test summary"
for db in $databases; do
    [ -n "${status[$db]:-}" ] || continue
    printf '    %-10s %-40s %s (%ss)\n' "$db" "${status[$db]}" "${counts[$db]}" "${seconds[$db]}"
done
echo "total: $total_passed passed, $total_failed failed, $total_skipped skipped"
exit "$overall"
