#!/usr/bin/env bash
# Benchmarks of the Training statistics engine, pinned to one core (taskset -c 0).
#   build/benchmarks/run.sh            BenchmarkDotNet, in-process toolchain (results under FitnessApp.Benchmarks/bin/)
#   build/benchmarks/run.sh --quick    a Stopwatch loop: median / p95 / min in milliseconds
#   build/benchmarks/run.sh --progress the progress handlers (stats, records, fitness, recommendation) against
#                                      PostgreSQL: 5,000 activities for one athlete, p50 / p95 over 100 warm runs;
#                                      needs FITNESSAPP_TEST_POSTGRES (creates and drops its own database)
#   build/benchmarks/run.sh --social-feed the Social feed against PostgreSQL: 10,000 athletes, a reader following 1,000,
#                                      ~1,000,000 feed entries; feed page p50 / p95 and EXPLAIN ANALYZE, and the fan-out of
#                                      one activity to 10,000 followers; needs FITNESSAPP_TEST_POSTGRES (own database, dropped)
#   build/benchmarks/run.sh --loyalty  Loyalty against PostgreSQL: the leaderboard of a challenge with 100,000 participants (top 100 +
#                                      my rank, p50 / p95 over 200 warm runs, EXPLAIN ANALYZE) and ActivityRecorded events per second
#                                      through the outbox dispatcher (5,000 events over 1,000 athletes); needs FITNESSAPP_TEST_POSTGRES
#                                      (own database, dropped); --leaderboard-only or --crediting-only for one half
#   build/benchmarks/run.sh --shop-catalog the Shop catalog search against PostgreSQL: 100,000 products, p50 / p95 of the search
#                                      handler for typical queries and EXPLAIN ANALYZE; needs FITNESSAPP_TEST_POSTGRES (own database, dropped)
#   build/benchmarks/run.sh --shop-checkout 3,000 athletes place orders at once (32 at a time) through the real PlaceOrder handler
#                                      over 4 variants whose stock covers part of the demand: checkouts/s, p50 / p95, and a check that
#                                      nothing was oversold; add --stock-covers-demand for a run where every checkout
#                                      places an order, --variants N to spread the carts over N variants; needs FITNESSAPP_TEST_POSTGRES (own database, dropped)
#   build/benchmarks/run.sh --devices  activity-file parsing vs Garmin's FIT SDK and gpxpy, and peak memory (build/peers/run.sh)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [[ "${1:-}" == "--devices" ]]; then
  exec "$here/../peers/run.sh" "${@:2}"
fi
dotnet build -c Release "$here/FitnessApp.Benchmarks" -v q -nologo
dll="$here/FitnessApp.Benchmarks/bin/Release/net10.0/FitnessApp.Benchmarks.dll"
if [[ "${1:-}" == "--progress" ]]; then
  exec dotnet "$dll" --progress
fi
if [[ "${1:-}" == "--social-feed" ]]; then
  exec dotnet "$dll" --social-feed
fi
if [[ "${1:-}" == "--loyalty" ]]; then
  exec dotnet "$dll" --loyalty "${@:2}"
fi
if [[ "${1:-}" == "--shop-catalog" ]]; then
  exec dotnet "$dll" --shop-catalog
fi
if [[ "${1:-}" == "--shop-checkout" ]]; then
  exec dotnet "$dll" --shop-checkout "${@:2}"
fi
if [[ "${1:-}" == "--quick" ]]; then
  exec taskset -c 0 dotnet "$dll" --quick
fi
exec taskset -c 0 dotnet "$dll" --filter '*' --artifacts "$here/FitnessApp.Benchmarks/bin/BenchmarkDotNet.Artifacts" "$@"
