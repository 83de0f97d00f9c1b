#!/usr/bin/env bash
# Activity-file parsing against its peers (figures in docs/performance.md, "Activity files: peers"):
#   - FIT: our decoder (in-process .NET, Release) vs Garmin's @garmin/fitsdk Decoder on Node, the same ≥ 10 MB file
#     (a 110-hour 1 s ride written by Garmin's encoder);
#   - GPX: our parser vs gpxpy (Debian's python3-gpxpy, installed with apt when missing), the same 31 MB file;
#   - peak memory of one parse of a 50 MB GPX and a 50 MB FIT file, each in a fresh process.
# Every timed run is pinned to one core (taskset -c 0). Generated files are cached in build/peers/fit/out/.
#   build/peers/run.sh [runs]        (or build/benchmarks/run.sh --devices [runs])
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-7}"
# shellcheck source=build/services/common.sh
source "$root/build/services/common.sh"

command -v node >/dev/null || die "node is needed (Garmin's FIT SDK for JavaScript)"
[ -d "$here/fit/node_modules/@garmin/fitsdk" ] || (cd "$here/fit" && npm ci --no-audit --no-fund)
apt_installed python3-gpxpy || apt_install python3-gpxpy || die "python3-gpxpy could not be installed"

out="$here/fit/out"
mkdir -p "$out"
make_file() { # file, generate.mjs mode, hours
    [ -s "$1" ] || { log "generating $1 with Garmin's encoder ($3 h)"; (cd "$here/fit" && node generate.mjs "$2" "$1" "$3"); }
}
make_file "$out/ride.large.fit" --large 110
make_file "$out/ride.large.gpx" --large-gpx 30
make_file "$out/ride.50mb.fit" --large 465
make_file "$out/ride.50mb.gpx" --large-gpx 48

dotnet build -c Release "$root/build/benchmarks/FitnessApp.Benchmarks" -v q -nologo >/dev/null
dll="$root/build/benchmarks/FitnessApp.Benchmarks/bin/Release/net10.0/FitnessApp.Benchmarks.dll"

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
echo "== ours (.NET $(dotnet --version), one core)"
taskset -c 0 dotnet "$dll" --devices "$out/ride.large.fit" "$out/ride.large.gpx" "$((runs * 2))"
echo "== Garmin's FIT SDK (one core)"
(cd "$here/fit" && taskset -c 0 node --expose-gc bench-decode.mjs "$out/ride.large.fit" "$runs")
# Debian's interpreter: the package installs into its dist-packages (a pyenv python3 on PATH would not see it).
echo "== gpxpy (one core)"
taskset -c 0 /usr/bin/python3 "$here/gpx/bench_gpxpy.py" "$out/ride.large.gpx" "$runs"
echo "== peak memory, one parse per fresh process"
for f in "$out/ride.50mb.gpx" "$out/ride.50mb.fit"; do
    taskset -c 0 dotnet "$dll" --devices-memory "$f"
done
