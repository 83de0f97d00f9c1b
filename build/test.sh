#!/usr/bin/env bash
# The test command (README): runs the whole FitnessApp test suite, the same way on a developer's
# machine and in CI (.ci/run calls this).
#
#   1. checks the .NET SDK that global.json asks for;
#   2. installs with apt and starts what the tests need: PostgreSQL on 127.0.0.1 (the integration
#      tests run every API test on SQLite and on PostgreSQL) and Chromium (browser tests);
#      when CI=true a service that cannot be made available is a failure, otherwise a warning;
#   3. restores and builds the solution once;
#   4. runs every test project of the solution with `dotnet test --no-build`, test assemblies in
#      parallel (one per core), and exits non-zero if anything failed;
#   5. ends with a summary: failed and skipped tests, the total from the TRX files, and the test
#      runner's own per-assembly lines last.
#
# Usage: build/test.sh [extra dotnet test arguments, e.g. --filter "FullyQualifiedName~Accounts"]
# Environment:
#   CI=true                    missing PostgreSQL/Chromium fails the run instead of warning
#   CONFIGURATION              Release (default) or Debug
#   FITNESSAPP_TEST_POSTGRES   set it to use your own PostgreSQL server; nothing is started then
#   TEST_HANG_TIMEOUT          a single test running longer than this is killed (default 10m)
# Results: artifacts/test-results/ (TRX per assembly, the full dotnet test log).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=build/services/common.sh
source "$ROOT/build/services/common.sh"
# shellcheck source=build/services/postgres.sh
source "$ROOT/build/services/postgres.sh"
# shellcheck source=build/services/chromium.sh
source "$ROOT/build/services/chromium.sh"

CONFIGURATION="${CONFIGURATION:-Release}"
TEST_HANG_TIMEOUT="${TEST_HANG_TIMEOUT:-10m}"
SOLUTION="$ROOT/FitnessApp.sln"
RESULTS_DIR="$ROOT/artifacts/test-results"
TEST_LOG="$RESULTS_DIR/dotnet-test.log"

# Quiet, non-interactive, plain-text dotnet output (the terminal logger would redraw lines in a log).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDTERMINALLOGGER=off
# A CI job may start without HOME; the SDK and NuGet need it for their caches.
if [ -z "${HOME:-}" ]; then
    HOME="$(getent passwd "$(id -u)" | cut -d: -f6)"
    export HOME
fi

started_at=$(date +%s)
elapsed() { local s=$(($(date +%s) - started_at)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

# --- 1. .NET SDK -------------------------------------------------------------------------------
if ! command -v dotnet >/dev/null 2>&1 && [ -x "$HOME/.dotnet/dotnet" ]; then
    export PATH="$HOME/.dotnet:$PATH"
fi
command -v dotnet >/dev/null 2>&1 ||
    die "the .NET SDK is not installed (dotnet not on PATH). Install SDK 10.0.1xx or later (see global.json)."
# In the repo root `dotnet --version` resolves the SDK through global.json and fails if none fits.
sdk_version="$(dotnet --version 2>&1)" ||
    die "no installed .NET SDK satisfies global.json ($(tr -d '\n ' <global.json)): $sdk_version"
log ".NET SDK $sdk_version"

# --- 2. Services -------------------------------------------------------------------------------
# Each *_ensure function returns non-zero (after saying why) when it cannot provide its service.
if ! postgres_ensure; then
    is_ci && die "CI=true: PostgreSQL is required (the integration tests run on it) but is not available"
    warn "continuing without PostgreSQL: the PostgreSQL integration tests will fail"
fi
if ! chromium_ensure; then
    is_ci && die "CI=true: Chromium is required (browser tests) but is not available"
    warn "continuing without Chromium: the browser tests will fail"
fi
# libgd3 decodes and re-encodes avatars (P/Invoke; docs/adr/0014-avatars.md).
if ! apt_installed libgd3; then
    apt_install libgd3 || { is_ci && die "CI=true: libgd3 (avatars) is required but could not be installed"; warn "continuing without libgd3: the avatar tests will fail"; }
fi
log "services ready after $(elapsed)"

# --- 3. Restore and build once ------------------------------------------------------------------
# -nodeReuse:false: no MSBuild worker processes are left behind when the script ends.
log "restoring and building $CONFIGURATION"
dotnet restore "$SOLUTION" -nodeReuse:false
dotnet build "$SOLUTION" -c "$CONFIGURATION" --no-restore -nodeReuse:false
log "build done after $(elapsed)"

# --- 4. Run the tests ----------------------------------------------------------------------------
# dotnet test on the solution runs the test projects in parallel (MSBuild runs one per core) and
# xUnit runs test classes in parallel inside each. The blame collector turns a hung test into a
# failure that names it, instead of a CI job that never ends.
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"
log "running tests"
test_rc=0
dotnet test "$SOLUTION" -c "$CONFIGURATION" --no-build -nodeReuse:false \
    --logger trx --results-directory "$RESULTS_DIR" \
    --blame-hang-timeout "$TEST_HANG_TIMEOUT" --blame-hang-dump-type none \
    "$@" 2>&1 | tee "$TEST_LOG" || test_rc=$?

# --- 5. Summary ----------------------------------------------------------------------------------
# Totals come from the TRX files (one per test assembly): <Counters total= executed= passed= failed=>;
# xUnit's skipped tests are counted in total but not in executed.
grep_or_none() { grep "$@" || [ $? -eq 1 ]; } # grep, where "no line matched" (exit 1) is not an error
decode_xml() { sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'; }
list_outcome() { # outcome -> the names of the tests with it, one per line
    local trx
    for trx in "$RESULTS_DIR"/*.trx; do
        [ -e "$trx" ] || continue
        grep_or_none '<UnitTestResult ' "$trx" | grep_or_none "outcome=\"$1\"" |
            sed -E 's/.* testName="([^"]*)".*/\1/' | decode_xml
    done
}
print_list() { # title, newline-separated items (printed only if there are any)
    [ -n "$2" ] || return 0
    echo "$1"
    while IFS= read -r item; do printf '  %s\n' "$item"; done <<<"$2"
}

echo
echo "==================================== Test summary ===================================="
trx_files=("$RESULTS_DIR"/*.trx)
if [ -e "${trx_files[0]}" ]; then
    print_list "Skipped tests:" "$(list_outcome NotExecuted)"
    print_list "Failed tests:" "$(list_outcome Failed)"
    grep -h -o '<Counters [^>]*>' "${trx_files[@]}" | awk '
        { for (i = 1; i <= NF; i++) if (split($i, kv, "=") == 2) { gsub(/"/, "", kv[2]); sum[kv[1]] += kv[2] } }
        END {
            printf "Total (from %d TRX files): %d tests, %d executed, %d passed, %d failed, %d skipped\n",
                NR, sum["total"], sum["executed"], sum["passed"], sum["failed"] + sum["error"] + sum["timeout"] + sum["aborted"],
                sum["total"] - sum["executed"]
        }'
    # Cross-check against the runner's own lines, in case a TRX file was lost or overwritten.
    trx_total="$(grep -h -o '<Counters total="[0-9]*"' "${trx_files[@]}" | grep -o '[0-9]*' | awk '{ n += $1 } END { print n + 0 }')"
    runner_total="$(grep_or_none -E '^(Passed|Failed)! +- ' "$TEST_LOG" | sed -E 's/.*Total: *([0-9]+).*/\1/' | awk '{ n += $1 } END { print n + 0 }')"
    if [ "$trx_total" != "$runner_total" ]; then
        warn "the TRX files count $trx_total tests but the runner reported $runner_total"
    fi
else
    echo "No TRX results were written (did the test run start?)."
fi
echo "Configuration $CONFIGURATION, .NET SDK $sdk_version, PostgreSQL tests: $([ -n "${FITNESSAPP_TEST_POSTGRES:-}" ] && echo enabled || echo 'NO SERVER'), wall time $(elapsed)"
if [ "$test_rc" -ne 0 ]; then
    echo "TESTS FAILED (dotnet test exit code $test_rc); full log: ${TEST_LOG#"$ROOT"/}"
fi
# Assemblies without a single test, aborted runs, then the runner's own per-assembly lines, last.
grep_or_none -E '^No test is available in ' "$TEST_LOG" | sed -E 's#^No test is available in (.*/)?([^/ ]*[.]dll).*#No tests in \2#'
grep_or_none -E 'Test Run Aborted|The active test run was aborted' "$TEST_LOG"
grep_or_none -E '^(Passed|Failed)! +- ' "$TEST_LOG"
exit "$test_rc"
