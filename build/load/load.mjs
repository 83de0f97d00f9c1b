// Runs autocannon against a FitnessApp host that build/load/run.sh started, one scenario after the
// other, and prints requests/s and latency percentiles. Exits non-zero if any response was not 2xx
// or any request failed, so that a figure is never reported for a run that was really erroring.
//
// Environment: BASE_URL (http://127.0.0.1:PORT), TOKEN (bearer token of a registered athlete),
// DURATION (seconds per scenario), CONNECTIONS, WARMUP (seconds, not measured), RESULTS (JSON path).
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import os from 'node:os';

const baseUrl = process.env.BASE_URL;
if (!baseUrl || !baseUrl.startsWith('http://127.0.0.1:')) {
  // Bounded to this machine on purpose: this is not a tool to load anything else.
  console.error('BASE_URL must be http://127.0.0.1:<port>');
  process.exit(2);
}
const duration = Number(process.env.DURATION ?? 15);
const connections = Number(process.env.CONNECTIONS ?? 20);
const warmup = Number(process.env.WARMUP ?? 3);

const scenarios = [
  { name: 'GET /health/live', path: '/health/live' },
  { name: 'GET /health/ready', path: '/health/ready' },
  { name: 'GET /api/v1/accounts/me (bearer)', path: '/api/v1/accounts/me', headers: { authorization: `Bearer ${process.env.TOKEN}` } },
];

const run = (scenario, seconds) =>
  autocannon({ url: baseUrl + scenario.path, headers: scenario.headers ?? {}, connections, duration: seconds });

// The machine's load average before and after: other processes on the same cores skew every figure.
const loadBefore = os.loadavg().map((l) => l.toFixed(1));
const rows = [];
let failed = false;
for (const scenario of scenarios) {
  if (warmup > 0) await run(scenario, warmup); // JIT, connection pools, caches: not measured
  const r = await run(scenario, duration);
  const bad = r.non2xx + r.errors + r.timeouts;
  failed ||= bad > 0 || r['2xx'] === 0;
  rows.push({
    scenario: scenario.name,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: r.latency.average },
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  });
  console.log(`done: ${scenario.name}`);
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const loadAfter = os.loadavg().map((l) => l.toFixed(1));
const machine = `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, load average before ${loadBefore.join('/')}, after ${loadAfter.join('/')}`;
console.log(`\n${machine}`);
console.log(`${connections} connections, ${duration} s per scenario (after a ${warmup} s warm-up), ${baseUrl}`);
console.log(`${pad('scenario', 36)}${lpad('req/s', 8)}${lpad('p50 ms', 8)}${lpad('p90 ms', 8)}${lpad('p99 ms', 8)}${lpad('max ms', 8)}${lpad('requests', 10)}${lpad('non-2xx', 9)}${lpad('errors', 8)}`);
for (const row of rows) {
  console.log(
    `${pad(row.scenario, 36)}${lpad(row.requestsPerSecond, 8)}${lpad(row.latencyMs.p50, 8)}${lpad(row.latencyMs.p90, 8)}` +
      `${lpad(row.latencyMs.p99, 8)}${lpad(row.latencyMs.max, 8)}${lpad(row.requests, 10)}${lpad(row.non2xx, 9)}${lpad(row.errors + row.timeouts, 8)}`,
  );
}
if (process.env.RESULTS) {
  writeFileSync(process.env.RESULTS, JSON.stringify({ at: new Date().toISOString(), machine, baseUrl, connections, duration, warmup, rows }, null, 2));
  console.log(`\nresults: ${process.env.RESULTS}`);
}
if (failed) {
  console.error('FAILED: some responses were not 2xx or requests failed (see the table)');
  process.exit(1);
}
