#!/usr/bin/env bash
# Benchmarks of the Training statistics engine, pinned to one core (taskset -c 0).
#   build/benchmarks/run.sh            BenchmarkDotNet, in-process toolchain (results under FitnessApp.Benchmarks/bin/)
#   build/benchmarks/run.sh --quick    a Stopwatch loop: median / p95 / min in milliseconds
#   build/benchmarks/run.sh --progress the progress handlers (stats, records, fitness, recommendation) against
#                                      PostgreSQL: 5,000 activities for one athlete, p50 / p95 over 100 warm runs;
#                                      needs FITNESSAPP_TEST_POSTGRES (creates and drops its own database)
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
if [[ "${1:-}" == "--quick" ]]; then
  exec taskset -c 0 dotnet "$dll" --quick
fi
exec taskset -c 0 dotnet "$dll" --filter '*' --artifacts "$here/FitnessApp.Benchmarks/bin/BenchmarkDotNet.Artifacts" "$@"
