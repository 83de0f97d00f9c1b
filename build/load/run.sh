#!/usr/bin/env bash
# A bounded HTTP load test of the FitnessApp host on this machine (not part of build/test.sh):
#   builds the host (Release), starts it in the Production environment on SQLite in a temporary data
#   folder, bound to 127.0.0.1 only, waits for /health/ready, registers and signs in one athlete
#   with curl, then runs autocannon (build/load/load.mjs) for DURATION seconds on each of
#   GET /health/live, GET /health/ready and GET /api/v1/accounts/me (bearer token), prints
#   requests/s and p50/p90/p99 latency, and stops the host (SIGTERM: graceful shutdown).
#
# Usage: build/load/run.sh
# Environment: LOAD_PORT (default 5180), DURATION (s per scenario, default 15), CONNECTIONS (20),
#   WARMUP (s, default 3). Results: artifacts/load/results-<UTC time>.json; the host's log is kept
#   there too.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOAD_DIR="$ROOT/build/load"
HOST_PROJECT="$ROOT/src/Host/FitnessApp.Host"
PORT="${LOAD_PORT:-5180}"
BASE_URL="http://127.0.0.1:$PORT"
OUT_DIR="$ROOT/artifacts/load"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDTERMINALLOGGER=off

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || die "node is required (Debian: apt-get install nodejs npm)"
command -v curl >/dev/null 2>&1 || die "curl is required"
command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is required"

# autocannon, pinned by package-lock.json, into build/load/node_modules (gitignored).
if [ ! -x "$LOAD_DIR/node_modules/.bin/autocannon" ]; then
    log "installing autocannon (npm ci)"
    (cd "$LOAD_DIR" && npm ci --no-audit --no-fund)
fi

# Refuse a port that is already taken: we would measure some other process.
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "127.0.0.1:$PORT is already in use; choose another with LOAD_PORT"
fi

log "building the host (Release)"
dotnet build "$HOST_PROJECT" -c Release -nodeReuse:false -v quiet
HOST_DLL="$HOST_PROJECT/bin/Release/net10.0/FitnessApp.Host.dll"
[ -f "$HOST_DLL" ] || die "$HOST_DLL not found after the build"

WORK="$(mktemp -d)"
mkdir -p "$OUT_DIR"
HOST_LOG="$OUT_DIR/host-$STAMP.log"
HOST_PID=""
cleanup() {
    if [ -n "$HOST_PID" ] && kill -0 "$HOST_PID" 2>/dev/null; then
        log "stopping the host (pid $HOST_PID)"
        kill -TERM "$HOST_PID"
        # The host's shutdown timeout is 30 s; give it a little more, then insist.
        for _ in $(seq 1 35); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 1; done
        if kill -0 "$HOST_PID" 2>/dev/null; then kill -KILL "$HOST_PID"; fi
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Production settings from appsettings.json, except: a throwaway SQLite data folder and log folder,
# and an auth rate limit high enough not to matter (we sign in once, but keep it out of the way).
log "starting the host on $BASE_URL (Production, SQLite in $WORK/data)"
ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=Sqlite \
    Database__DataFolder="$WORK/data" \
    Logging__File__Folder="$WORK/logs" \
    RateLimiting__Auth__PermitLimit=1000000 \
    dotnet "$HOST_DLL" --contentRoot "$HOST_PROJECT" --urls "$BASE_URL" >"$HOST_LOG" 2>&1 &
HOST_PID=$!

for i in $(seq 1 90); do
    kill -0 "$HOST_PID" 2>/dev/null || { tail -n 40 "$HOST_LOG" >&2; die "the host exited during startup (log above)"; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/health/ready")" = "200" ]; then break; fi
    [ "$i" -eq 90 ] && { tail -n 40 "$HOST_LOG" >&2; die "/health/ready did not answer 200 within 90 s"; }
    sleep 1
done
log "host ready after ${i}s"

# One athlete, signed in through the API like a mobile client.
EMAIL="load-$STAMP@example.com"
PASSWORD="load-test-password-2026"
status="$(curl -s -o "$WORK/register.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"displayName\":\"Load Test\"}" "$BASE_URL/api/v1/accounts/register")"
[ "$status" = "201" ] || die "register answered $status: $(cat "$WORK/register.json")"
status="$(curl -s -o "$WORK/login.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" "$BASE_URL/api/v1/accounts/login")"
[ "$status" = "200" ] || die "login answered $status: $(cat "$WORK/login.json")"
TOKEN="$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).accessToken)' "$WORK/login.json")"
status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE_URL/api/v1/accounts/me")"
[ "$status" = "200" ] || die "GET /api/v1/accounts/me with the token answered $status"

log "load: $(nproc) cores, autocannon and the host share them"
BASE_URL="$BASE_URL" TOKEN="$TOKEN" RESULTS="$OUT_DIR/results-$STAMP.json" \
    DURATION="${DURATION:-15}" CONNECTIONS="${CONNECTIONS:-20}" WARMUP="${WARMUP:-3}" \
    node "$LOAD_DIR/load.mjs"
