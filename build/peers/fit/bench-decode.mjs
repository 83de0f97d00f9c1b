// Times Garmin's FIT decoder (@garmin/fitsdk) on one file, read into memory first: warm-up runs, then
// the median and minimum of the timed runs, in MB/s.   node bench-decode.mjs <file.fit> [runs]
import { Decoder, Stream } from "@garmin/fitsdk";
import * as fs from "node:fs";

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const buffer = fs.readFileSync(file);
const mb = buffer.length / 1e6;

function decode() {
    const { messages, errors } = new Decoder(Stream.fromBuffer(buffer)).read();
    if (errors.length > 0) {
        throw new Error(errors.map(String).join("; "));
    }

    return messages.recordMesgs.length;
}

let records = 0;
for (let i = 0; i < 2; i++) {
    records = decode();
}

// Wall time, and the process's CPU time (user + system, GC included): on a shared machine the CPU time is steadier.
const ms = [];
const cpu = [];
for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const cpuBefore = process.cpuUsage();
    const start = process.hrtime.bigint();
    decode();
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
}

ms.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const cpuMedian = cpu[Math.floor(runs / 2)];
const median = ms[Math.floor(runs / 2)];
console.log(`@garmin/fitsdk Decoder.read() (default options), Node ${process.version}: ${mb.toFixed(1)} MB, ${records} records; ` +
    `wall median ${median.toFixed(0)} ms = ${(mb / (median / 1000)).toFixed(2)} MB/s (min ${ms[0].toFixed(0)} ms = ${(mb / (ms[0] / 1000)).toFixed(2)} MB/s, max ${ms[runs - 1].toFixed(0)} ms); CPU median ${cpuMedian.toFixed(0)} ms = ${(mb / (cpuMedian / 1000)).toFixed(2)} MB/s; ${runs} runs`);
