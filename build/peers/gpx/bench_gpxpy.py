"""Times gpxpy (Debian's python3-gpxpy) parsing one GPX file, read into memory first: one warm-up run, then the
median and minimum of the timed runs, in MB/s.   python3 bench_gpxpy.py <file.gpx> [runs]"""
import statistics
import sys
import time

import gpxpy

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
with open(path, encoding="utf-8") as f:
    text = f.read()
size = len(text.encode("utf-8")) / 1e6

gpx = gpxpy.parse(text)
points = sum(len(s.points) for t in gpx.tracks for s in t.segments)
# Wall time, and the process's CPU time: on a shared machine the CPU time is the steadier figure.
seconds = []
cpu = []
for _ in range(runs):
    cpu_start = time.process_time()
    start = time.perf_counter()
    gpxpy.parse(text)
    seconds.append(time.perf_counter() - start)
    cpu.append(time.process_time() - cpu_start)

median = statistics.median(seconds)
cpu_median = statistics.median(cpu)
print(f"gpxpy {gpxpy.__version__} gpxpy.parse(), Python {sys.version.split()[0]}: {size:.1f} MB, {points} points; "
      f"wall median {median * 1000:.0f} ms = {size / median:.2f} MB/s (min {min(seconds) * 1000:.0f} ms = {size / min(seconds):.2f} MB/s, "
      f"max {max(seconds) * 1000:.0f} ms); CPU median {cpu_median * 1000:.0f} ms = {size / cpu_median:.2f} MB/s; {runs} runs")
