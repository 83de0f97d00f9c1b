// Generates FIT files of known content with Garmin's own encoder (@garmin/fitsdk), and for each an
// expected-values JSON produced by decoding it again with Garmin's own decoder, in FitnessApp's units
// (degrees, metres, m/s, bpm, rpm, watts, °C). The running workout is also written as GPX and TCX
// (the same points) so that the three formats can be compared.
//
//   node generate.mjs [outDir]                        the small files (default: tests/corpus/generated)
//   node generate.mjs --large <file.fit> [hours]      one large 1 s ride for the speed benchmark (≥ 10 MB)
//   node generate.mjs --large-gpx <file.gpx> [hours]  the same kind of ride as GPX (for the GPX peers)
//
// Everything is deterministic (fixed start times and a seeded generator): running it again gives the same bytes.
import { Decoder, Encoder, Profile, Stream } from "@garmin/fitsdk";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const SDK_VERSION = JSON.parse(fs.readFileSync(path.join(here, "node_modules/@garmin/fitsdk/package.json"), "utf8")).version;
const EARTH_RADIUS = 6_371_000;
const SEMICIRCLES = 2147483648 / 180;
const M = Profile.MesgNum;

// ---- helpers ------------------------------------------------------------------------------------------------

function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const toSemicircles = (degrees) => Math.round(degrees * SEMICIRCLES);
const toDegrees = (semicircles) => semicircles * (180 / 2147483648);
const radians = (d) => (d * Math.PI) / 180;

function haversine(lat1, lon1, lat2, lon2) {
    const dLat = radians(lat2 - lat1);
    const dLon = radians(lon2 - lon1);
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(dLon / 2) ** 2;
    return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(h));
}

// Moves a point `metres` along `bearing` (degrees) on the sphere.
function move(lat, lon, bearing, metres) {
    const d = metres / EARTH_RADIUS;
    const b = radians(bearing);
    const p1 = radians(lat);
    const l1 = radians(lon);
    const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
    const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
    return [(p2 * 180) / Math.PI, (l2 * 180) / Math.PI];
}

const at = (start, seconds) => new Date(start.getTime() + seconds * 1000);
const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;
const average = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined);
const max = (values) => (values.length ? Math.max(...values) : undefined);

function header(encoder, start, { manufacturer = "development", product = 1, serial = 1234567 } = {}) {
    encoder.onMesg(M.FILE_ID, { type: "activity", manufacturer, product, serialNumber: serial, timeCreated: start });
    encoder.onMesg(M.DEVICE_INFO, {
        timestamp: start, deviceIndex: "creator", manufacturer, product, serialNumber: serial,
        softwareVersion: 1.23, productName: "FitnessApp generator",
    });
}

function timerEvent(encoder, time, eventType) {
    encoder.onMesg(M.EVENT, { timestamp: time, event: "timer", eventType, eventGroup: 0 });
}

// Summary of the points [from, to) of a workout: the frame of a lap or a session.
function summary(points, from, to, startTime, endTime, pausedSeconds = 0) {
    const own = points.filter((p) => p.t >= from && p.t < to);
    const hr = own.map((p) => p.hr).filter((v) => v != null);
    const cad = own.map((p) => p.cad).filter((v) => v != null);
    const pwr = own.map((p) => p.power).filter((v) => v != null);
    const first = own[0];
    const last = own[own.length - 1];
    const elapsed = (endTime - startTime) / 1000;
    return {
        timestamp: endTime,
        startTime,
        totalElapsedTime: elapsed,
        totalTimerTime: elapsed - pausedSeconds,
        totalDistance: last && first ? round(last.distance - first.distance, 2) : 0,
        totalCalories: Math.round(elapsed * 0.2),
        avgHeartRate: hr.length ? Math.round(average(hr)) : undefined,
        maxHeartRate: max(hr),
        avgCadence: cad.length ? Math.round(average(cad)) : undefined,
        maxCadence: max(cad),
        avgPower: pwr.length ? Math.round(average(pwr)) : undefined,
        maxPower: max(pwr),
    };
}

// ---- workouts -------------------------------------------------------------------------------------------------

// A route: 1 s (or irregular, for smart recording) points moving at a varying speed on a slowly turning heading.
function outdoorPoints({ seed, start, seconds, pause, step, speed, lat, lon, altitude, hr, cad, power, temperature }) {
    const rnd = random(seed);
    const points = [];
    let heading = rnd() * 360;
    let distance = 0;
    let t = 0;
    let previous = null;
    while (t <= seconds) {
        if (pause && t > pause.from && t < pause.to) {
            t = pause.to;
            continue;
        }

        const dt = previous ? t - previous.t : 0;
        const v = speed(t, rnd);
        if (previous) {
            heading += (rnd() - 0.5) * 8;
            // While paused the athlete did not move (the timer was stopped and no point was recorded).
            const moving = pause && previous.t <= pause.from && t >= pause.to ? pause.from - previous.t : dt;
            [lat, lon] = move(lat, lon, heading, v * moving);
        }

        const latSc = toSemicircles(lat);
        const lonSc = toSemicircles(lon);
        if (previous) {
            distance += haversine(toDegrees(previous.latSc), toDegrees(previous.lonSc), toDegrees(latSc), toDegrees(lonSc));
        }

        const point = {
            t, time: at(start, t), latSc, lonSc,
            altitude: round(altitude(t, rnd), 1),
            distance: round(distance, 2),
            speed: round(v, 3),
            hr: hr ? Math.round(hr(t, rnd)) : undefined,
            cad: cad ? Math.round(cad(t, rnd)) : undefined,
            power: power ? Math.round(power(t, rnd)) : undefined,
            temperature: temperature ? Math.round(temperature(t, rnd)) : undefined,
        };
        points.push(point);
        previous = point;
        t += step(t, rnd);
    }

    return points;
}

function running() {
    const start = new Date("2026-05-03T06:30:00Z");
    const pause = { from: 700, to: 760 };
    const points = outdoorPoints({
        seed: 1, start, seconds: 1500, pause, step: () => 1,
        lat: 59.9386, lon: 30.3141,
        speed: (t, r) => 3.1 + 0.4 * Math.sin(t / 90) + (r() - 0.5) * 0.2,
        altitude: (t) => 12 + 6 * Math.sin(t / 200),
        hr: (t, r) => Math.min(185, 110 + t / 20 + r() * 4),
        cad: (_, r) => 84 + r() * 6,
    });
    const encoder = new Encoder();
    header(encoder, start);
    timerEvent(encoder, start, "start");
    const lapEnds = [500, 1100, 1500];
    let lapStart = 0;
    const laps = [];
    for (const p of points) {
        encoder.onMesg(M.RECORD, {
            timestamp: p.time, positionLat: p.latSc, positionLong: p.lonSc, altitude: p.altitude,
            distance: p.distance, speed: p.speed, heartRate: p.hr, cadence: p.cad,
        });
        if (p.t === pause.from) {
            timerEvent(encoder, at(start, pause.from), "stopAll");
            timerEvent(encoder, at(start, pause.to), "start");
        }

        if (lapEnds.includes(p.t)) {
            const paused = lapStart <= pause.from && p.t >= pause.to ? pause.to - pause.from : 0;
            const lap = summary(points, lapStart, p.t + 1, at(start, lapStart), p.time, paused);
            lap.totalDistance = round(p.distance - (points.find((q) => q.t === lapStart)?.distance ?? 0), 2);
            encoder.onMesg(M.LAP, { ...lap, event: "lap", eventType: "stop", sport: "running", lapTrigger: p.t === 1500 ? "sessionEnd" : "manual" });
            laps.push(lap);
            lapStart = p.t;
        }
    }

    const end = points[points.length - 1].time;
    timerEvent(encoder, end, "stopAll");
    const session = summary(points, 0, 1501, start, end, pause.to - pause.from);
    encoder.onMesg(M.SESSION, { ...session, event: "session", eventType: "stop", sport: "running", subSport: "generic", firstLapIndex: 0, numLaps: laps.length, trigger: "activityEnd" });
    encoder.onMesg(M.ACTIVITY, { timestamp: end, totalTimerTime: session.totalTimerTime, numSessions: 1, type: "manual", event: "activity", eventType: "stop" });
    return encoder.close();
}

function cycling() {
    const start = new Date("2026-05-04T15:00:00Z");
    // Smart recording: a point when something changed, every 1 to 8 seconds.
    const points = outdoorPoints({
        seed: 2, start, seconds: 5400, step: (_, r) => 1 + Math.floor(r() * 8),
        lat: 45.4642, lon: 9.19,
        speed: (t, r) => 8 + 2 * Math.sin(t / 300) + (r() - 0.5),
        altitude: (t) => 120 + 40 * Math.sin(t / 900),
        hr: (t, r) => 125 + 15 * Math.sin(t / 400) + r() * 3,
        cad: (_, r) => 82 + r() * 12,
        power: (t, r) => 180 + 60 * Math.sin(t / 250) + r() * 20,
        temperature: (t) => 21 + t / 1800,
    });
    const encoder = new Encoder();
    header(encoder, start, { manufacturer: "garmin", product: 1036 });
    timerEvent(encoder, start, "start");
    for (const p of points) {
        encoder.onMesg(M.RECORD, {
            timestamp: p.time, positionLat: p.latSc, positionLong: p.lonSc, enhancedAltitude: p.altitude,
            distance: p.distance, enhancedSpeed: p.speed, heartRate: p.hr, cadence: p.cad, power: p.power,
            temperature: p.temperature,
        });
    }

    const end = points[points.length - 1].time;
    timerEvent(encoder, end, "stopAll");
    const session = summary(points, 0, Infinity, start, end);
    encoder.onMesg(M.LAP, { ...session, event: "lap", eventType: "stop", sport: "cycling", lapTrigger: "sessionEnd" });
    encoder.onMesg(M.SESSION, { ...session, event: "session", eventType: "stop", sport: "cycling", subSport: "road", firstLapIndex: 0, numLaps: 1, trigger: "activityEnd" });
    encoder.onMesg(M.ACTIVITY, { timestamp: end, totalTimerTime: session.totalTimerTime, numSessions: 1, type: "manual", event: "activity", eventType: "stop" });
    return encoder.close();
}

function poolSwim() {
    const start = new Date("2026-05-05T07:00:00Z");
    const rnd = random(3);
    const encoder = new Encoder();
    header(encoder, start);
    timerEvent(encoder, start, "start");
    const poolLength = 25;
    let t = 0;
    let distance = 0;
    let lengths = 0;
    const laps = [];
    // Four laps of 4 lengths (100 m) with 20 s of rest after each: records every 5 s carry the distance so far.
    for (let lap = 0; lap < 4; lap++) {
        const lapStart = t;
        const lapDistanceStart = distance;
        for (let length = 0; length < 4; length++) {
            const seconds = 24 + Math.floor(rnd() * 6);
            const lengthStart = t;
            for (let s = 5; s <= seconds; s += 5) {
                encoder.onMesg(M.RECORD, { timestamp: at(start, t + s), distance, heartRate: Math.round(130 + rnd() * 15) });
            }

            t += seconds;
            distance += poolLength;
            lengths++;
            encoder.onMesg(M.LENGTH, {
                timestamp: at(start, t), startTime: at(start, lengthStart), totalElapsedTime: seconds, totalTimerTime: seconds,
                totalStrokes: 14, avgSpeed: round(poolLength / seconds, 3), swimStroke: "freestyle", lengthType: "active",
                event: "length", eventType: "stop", messageIndex: lengths - 1,
            });
            encoder.onMesg(M.RECORD, { timestamp: at(start, t), distance, heartRate: Math.round(135 + rnd() * 15) });
        }

        const lapMesg = {
            timestamp: at(start, t), startTime: at(start, lapStart), totalElapsedTime: t - lapStart, totalTimerTime: t - lapStart,
            totalDistance: distance - lapDistanceStart, numLengths: 4, firstLengthIndex: lengths - 4, totalCalories: 20,
            event: "lap", eventType: "stop", sport: "swimming", subSport: "lapSwimming", swimStroke: "freestyle", messageIndex: lap,
        };
        encoder.onMesg(M.LAP, lapMesg);
        laps.push(lapMesg);
        // Rest: an idle length, no distance.
        encoder.onMesg(M.LENGTH, {
            timestamp: at(start, t + 20), startTime: at(start, t), totalElapsedTime: 20, totalTimerTime: 20, lengthType: "idle",
            event: "length", eventType: "stop", messageIndex: lengths,
        });
        lengths++;
        t += 20;
    }

    const end = at(start, t);
    timerEvent(encoder, end, "stopAll");
    encoder.onMesg(M.SESSION, {
        timestamp: end, startTime: start, totalElapsedTime: t, totalTimerTime: t, totalDistance: distance, totalCalories: 80,
        sport: "swimming", subSport: "lapSwimming", poolLength, poolLengthUnit: "metric", numActiveLengths: 16,
        firstLapIndex: 0, numLaps: laps.length, event: "session", eventType: "stop", trigger: "activityEnd",
    });
    encoder.onMesg(M.ACTIVITY, { timestamp: end, totalTimerTime: t, numSessions: 1, type: "manual", event: "activity", eventType: "stop" });
    return encoder.close();
}

function treadmill() {
    const start = new Date("2026-05-06T18:00:00Z");
    const rnd = random(4);
    const encoder = new Encoder();
    header(encoder, start);
    timerEvent(encoder, start, "start");
    let distance = 0;
    const hrs = [];
    for (let t = 0; t <= 1200; t++) {
        const speed = round(2.8 + (t > 600 ? 0.5 : 0) + (rnd() - 0.5) * 0.1, 3);
        if (t > 0) {
            distance = round(distance + speed, 2);
        }

        const hr = Math.round(115 + t / 15 + rnd() * 3);
        hrs.push(hr);
        encoder.onMesg(M.RECORD, { timestamp: at(start, t), distance, speed, heartRate: hr, cadence: Math.round(80 + rnd() * 5) });
    }

    const end = at(start, 1200);
    timerEvent(encoder, end, "stopAll");
    const totals = { timestamp: end, startTime: start, totalElapsedTime: 1200, totalTimerTime: 1200, totalDistance: distance, totalCalories: 250, avgHeartRate: Math.round(average(hrs)), maxHeartRate: max(hrs) };
    encoder.onMesg(M.LAP, { ...totals, event: "lap", eventType: "stop", sport: "running", subSport: "treadmill" });
    encoder.onMesg(M.SESSION, { ...totals, sport: "running", subSport: "treadmill", firstLapIndex: 0, numLaps: 1, event: "session", eventType: "stop", trigger: "activityEnd" });
    encoder.onMesg(M.ACTIVITY, { timestamp: end, totalTimerTime: 1200, numSessions: 1, type: "manual", event: "activity", eventType: "stop" });
    return encoder.close();
}

function developerFields() {
    const start = new Date("2026-05-07T08:00:00Z");
    const developerDataIdMesg = {
        mesgNum: M.DEVELOPER_DATA_ID, developerDataIndex: 0, applicationVersion: 1,
        applicationId: [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x00],
    };
    const descriptions = {
        0: { developerDataIdMesg, fieldDescriptionMesg: { mesgNum: M.FIELD_DESCRIPTION, developerDataIndex: 0, fieldDefinitionNumber: 0, fitBaseTypeId: 0x88, fieldName: "Doughnuts Earned", units: "doughnuts", nativeMesgNum: M.RECORD } },
        1: { developerDataIdMesg, fieldDescriptionMesg: { mesgNum: M.FIELD_DESCRIPTION, developerDataIndex: 0, fieldDefinitionNumber: 1, fitBaseTypeId: 0x84, fieldName: "Ground Contact", units: "ms" } },
        2: { developerDataIdMesg, fieldDescriptionMesg: { mesgNum: M.FIELD_DESCRIPTION, developerDataIndex: 0, fieldDefinitionNumber: 2, fitBaseTypeId: 0x07, fieldName: "Note", units: "" } },
    };
    const encoder = new Encoder({ fieldDescriptions: descriptions });
    header(encoder, start);
    encoder.writeMesg(developerDataIdMesg);
    for (const { fieldDescriptionMesg } of Object.values(descriptions)) {
        encoder.writeMesg(fieldDescriptionMesg);
    }

    timerEvent(encoder, start, "start");
    const points = outdoorPoints({
        seed: 5, start, seconds: 600, step: () => 1, lat: 48.8584, lon: 2.2945,
        speed: (t, r) => 3 + (r() - 0.5) * 0.3, altitude: (t) => 35 + Math.sin(t / 50),
        hr: (t, r) => 130 + r() * 10, cad: (_, r) => 86 + r() * 4,
    });
    for (const p of points) {
        // Developer data of changing size (a string of 1 to 12 characters every 60 s) forces new definitions.
        const developer = { 0: p.t / 10, 1: 220 + (p.t % 30) };
        if (p.t % 60 === 0) {
            developer[2] = "km " + String(p.t / 60).padStart(1 + (p.t % 9), "0");
        }

        encoder.onMesg(M.RECORD, {
            timestamp: p.time, positionLat: p.latSc, positionLong: p.lonSc, altitude: p.altitude,
            distance: p.distance, speed: p.speed, heartRate: p.hr, cadence: p.cad, developerFields: developer,
        });
    }

    const end = points[points.length - 1].time;
    timerEvent(encoder, end, "stopAll");
    const session = summary(points, 0, Infinity, start, end);
    encoder.onMesg(M.LAP, { ...session, event: "lap", eventType: "stop", sport: "running" });
    encoder.onMesg(M.SESSION, { ...session, sport: "running", firstLapIndex: 0, numLaps: 1, event: "session", eventType: "stop" });
    encoder.onMesg(M.ACTIVITY, { timestamp: end, totalTimerTime: session.totalTimerTime, numSessions: 1, type: "manual", event: "activity", eventType: "stop" });
    return encoder.close();
}

// A short run then a short ride, each a complete FIT file, written one after the other.
function chained() {
    const part = (start, sport, seed, lat, lon) => {
        const points = outdoorPoints({
            seed, start, seconds: 300, step: () => 1, lat, lon,
            speed: () => (sport === "running" ? 3 : 7), altitude: () => 50, hr: (t) => 120 + t / 10,
        });
        const encoder = new Encoder();
        header(encoder, start);
        timerEvent(encoder, start, "start");
        for (const p of points) {
            encoder.onMesg(M.RECORD, { timestamp: p.time, positionLat: p.latSc, positionLong: p.lonSc, altitude: p.altitude, distance: p.distance, speed: p.speed, heartRate: p.hr });
        }

        const end = points[points.length - 1].time;
        timerEvent(encoder, end, "stopAll");
        const session = summary(points, 0, Infinity, start, end);
        encoder.onMesg(M.LAP, { ...session, event: "lap", eventType: "stop", sport });
        encoder.onMesg(M.SESSION, { ...session, sport, firstLapIndex: 0, numLaps: 1, event: "session", eventType: "stop" });
        encoder.onMesg(M.ACTIVITY, { timestamp: end, totalTimerTime: session.totalTimerTime, numSessions: 1, type: "manual", event: "activity", eventType: "stop" });
        return encoder.close();
    };
    const first = part(new Date("2026-05-08T09:00:00Z"), "running", 6, 52.52, 13.405);
    const second = part(new Date("2026-05-08T10:00:00Z"), "cycling", 7, 52.53, 13.41);
    return concat([first, second]);
}

function large(hours) {
    const start = new Date("2026-05-09T05:00:00Z");
    const seconds = Math.round(hours * 3600);
    const rnd = random(8);
    const encoder = new Encoder();
    header(encoder, start, { manufacturer: "garmin", product: 1036 });
    timerEvent(encoder, start, "start");
    let lat = 46.5;
    let lon = 7.5;
    let heading = 0;
    let distance = 0;
    for (let t = 0; t <= seconds; t++) {
        const speed = 7 + 2 * Math.sin(t / 300);
        heading += (rnd() - 0.5) * 6;
        [lat, lon] = move(lat, lon, heading, speed);
        distance += speed;
        encoder.onMesg(M.RECORD, {
            timestamp: at(start, t), positionLat: toSemicircles(lat), positionLong: toSemicircles(lon),
            enhancedAltitude: round(800 + 200 * Math.sin(t / 1800), 1), distance: round(distance, 2),
            enhancedSpeed: round(speed, 3), heartRate: Math.round(130 + rnd() * 20), cadence: Math.round(80 + rnd() * 10),
            power: Math.round(200 + rnd() * 50), temperature: 18,
        });
        if (t > 0 && t % 3600 === 0) {
            encoder.onMesg(M.LAP, { timestamp: at(start, t), startTime: at(start, t - 3600), totalElapsedTime: 3600, totalTimerTime: 3600, event: "lap", eventType: "stop", sport: "cycling" });
        }
    }

    const end = at(start, seconds);
    timerEvent(encoder, end, "stopAll");
    encoder.onMesg(M.SESSION, { timestamp: end, startTime: start, totalElapsedTime: seconds, totalTimerTime: seconds, totalDistance: round(distance, 2), sport: "cycling", event: "session", eventType: "stop" });
    encoder.onMesg(M.ACTIVITY, { timestamp: end, totalTimerTime: seconds, numSessions: 1, type: "manual", event: "activity", eventType: "stop" });
    return encoder.close();
}

function concat(parts) {
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
        bytes.set(p, offset);
        offset += p.length;
    }

    return bytes;
}

// ---- expected values (Garmin's decoder) ---------------------------------------------------------------------

export function decode(bytes) {
    const decoder = new Decoder(Stream.fromByteArray(bytes));
    if (!decoder.checkIntegrity()) {
        throw new Error("Garmin's decoder says the file is not intact");
    }

    return decoder.read({ convertDateTimesToDates: false });
}

const iso = (fitSeconds) => (fitSeconds == null ? null : new Date(fitSeconds * 1000 + 631065600000).toISOString());
const orNull = (v) => (v === undefined || v === null || Number.isNaN(v) ? null : v);

function recordValues(r) {
    return {
        time: iso(r.timestamp),
        lat: r.positionLat == null ? null : toDegrees(r.positionLat),
        lon: r.positionLong == null ? null : toDegrees(r.positionLong),
        altitude: orNull(r.enhancedAltitude ?? r.altitude),
        distance: orNull(r.distance),
        heartRate: orNull(r.heartRate),
        cadence: orNull(r.cadence),
        power: orNull(r.power),
        speed: orNull(r.enhancedSpeed ?? r.speed),
        temperature: orNull(r.temperature),
    };
}

function summaryValues(s) {
    return {
        startTime: iso(s.startTime),
        endTime: iso(s.timestamp),
        sport: orNull(s.sport),
        subSport: orNull(s.subSport),
        totalElapsedTime: orNull(s.totalElapsedTime),
        totalTimerTime: orNull(s.totalTimerTime),
        totalDistance: orNull(s.totalDistance),
        totalCalories: orNull(s.totalCalories),
        avgHeartRate: orNull(s.avgHeartRate),
        maxHeartRate: orNull(s.maxHeartRate),
        avgCadence: orNull(s.avgCadence),
        maxCadence: orNull(s.maxCadence),
        numLaps: orNull(s.numLaps),
        numLengths: orNull(s.numLengths),
        poolLength: orNull(s.poolLength),
    };
}

function expected(name, bytes, fitFiles, notes) {
    const { messages, errors } = decode(bytes);
    if (errors.length > 0) {
        throw new Error(`${name}: Garmin's decoder reported ${errors.map(String).join("; ")}`);
    }

    const records = (messages.recordMesgs ?? []).map(recordValues);
    const developer = (messages.recordMesgs ?? []).filter((r) => r.developerFields && Object.keys(r.developerFields).length > 0);
    return {
        file: name,
        decodedBy: `@garmin/fitsdk ${SDK_VERSION} Decoder (checkIntegrity, then read with the default options)`,
        units: "time ISO-8601 UTC; lat/lon degrees (semicircles * 180 / 2^31); altitude, distance m; speed m/s; heartRate bpm; cadence rpm; power W; temperature °C; null = absent or invalid",
        notes,
        bytes: bytes.length,
        fitFiles,
        messageCounts: Object.fromEntries(Object.entries(messages).map(([kind, list]) => [kind, list.length]).sort()),
        sessions: (messages.sessionMesgs ?? []).map(summaryValues),
        laps: (messages.lapMesgs ?? []).map(summaryValues),
        timerEvents: (messages.eventMesgs ?? []).filter((e) => e.event === "timer").map((e) => ({ time: iso(e.timestamp), type: e.eventType })),
        developerFields: {
            descriptions: (messages.fieldDescriptionMesgs ?? []).map((d) => ({ index: d.fieldDefinitionNumber, name: d.fieldName, baseType: d.fitBaseTypeId })),
            recordsWithDeveloperData: developer.length,
            firstValues: developer.length > 0 ? developer[0].developerFields : null,
        },
        firstRecord: records[0] ?? null,
        lastRecord: records[records.length - 1] ?? null,
        records,
    };
}

// ---- GPX and TCX of the running workout --------------------------------------------------------------------

function gpxOf(records, pauses, name) {
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gpx version="1.1" creator="FitnessApp generator (from running-1s.fit)" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">',
        `  <metadata><name>${name}</name><time>${records[0].time}</time></metadata>`,
        `  <trk><name>${name}</name><type>running</type>`,
        "    <trkseg>",
    ];
    for (let i = 0; i < records.length; i++) {
        const r = records[i];
        if (i > 0 && pauses.some((p) => records[i - 1].time <= p.start && r.time >= p.end)) {
            lines.push("    </trkseg>", "    <trkseg>");
        }

        lines.push(`      <trkpt lat="${r.lat}" lon="${r.lon}"><ele>${r.altitude}</ele><time>${r.time}</time>` +
            `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${r.heartRate}</gpxtpx:hr><gpxtpx:cad>${r.cadence}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>`);
    }

    lines.push("    </trkseg>", "  </trk>", "</gpx>", "");
    return lines.join("\n");
}

function tcxOf(records, laps, pauses) {
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">',
        "  <Activities>",
        '    <Activity Sport="Running">',
        `      <Id>${records[0].time}</Id>`,
    ];
    for (const lap of laps) {
        lines.push(`      <Lap StartTime="${lap.startTime}">`,
            `        <TotalTimeSeconds>${lap.totalTimerTime}</TotalTimeSeconds>`,
            `        <DistanceMeters>${lap.totalDistance}</DistanceMeters>`,
            `        <Calories>${lap.totalCalories}</Calories>`,
            `        <AverageHeartRateBpm><Value>${lap.avgHeartRate}</Value></AverageHeartRateBpm>`,
            `        <MaximumHeartRateBpm><Value>${lap.maxHeartRate}</Value></MaximumHeartRateBpm>`,
            "        <Intensity>Active</Intensity>",
            "        <TriggerMethod>Manual</TriggerMethod>",
            "        <Track>");
        // A lap owns the points from its start up to (not including) the next lap's start; the last lap keeps the last point.
        const own = records.filter((r) => r.time >= lap.startTime && (r.time < lap.endTime || lap === laps[laps.length - 1]));
        for (let i = 0; i < own.length; i++) {
            const r = own[i];
            if (i > 0 && pauses.some((p) => own[i - 1].time <= p.start && r.time >= p.end)) {
                lines.push("        </Track>", "        <Track>");
            }

            lines.push(`          <Trackpoint><Time>${r.time}</Time><Position><LatitudeDegrees>${r.lat}</LatitudeDegrees><LongitudeDegrees>${r.lon}</LongitudeDegrees></Position>` +
                `<AltitudeMeters>${r.altitude}</AltitudeMeters><DistanceMeters>${r.distance}</DistanceMeters><HeartRateBpm><Value>${r.heartRate}</Value></HeartRateBpm>` +
                `<Extensions><ns3:TPX><ns3:Speed>${r.speed}</ns3:Speed><ns3:RunCadence>${r.cadence}</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>`);
        }

        lines.push("        </Track>", "      </Lap>");
    }

    lines.push("      <Creator><Name>FitnessApp generator</Name></Creator>", "    </Activity>", "  </Activities>", "</TrainingCenterDatabase>", "");
    return lines.join("\n");
}

// Indented, but one line per record: readable in a diff and a third of the size.
function toJson(values) {
    const { records, ...rest } = values;
    const head = JSON.stringify({ ...rest, records: [] }, null, 1);
    const lines = records.map((r) => "  " + JSON.stringify(r)).join(",\n");
    return head.replace('"records": []', `"records": [\n${lines}\n ]`) + "\n";
}

function pausesOf(timerEvents) {
    const pauses = [];
    let stoppedAt = null;
    for (const e of timerEvents) {
        if (e.type.startsWith("stop")) {
            stoppedAt ??= e.time;
        } else if (e.type === "start" && stoppedAt) {
            pauses.push({ start: stoppedAt, end: e.time });
            stoppedAt = null;
        }
    }

    return pauses;
}

// ---- main ---------------------------------------------------------------------------------------------------

function writeSmall(outDir) {
    fs.mkdirSync(outDir, { recursive: true });
    const files = [
        ["running-1s", running(), 1, "Running, 1 s recording, HR and cadence, a 60 s timer pause (stopAll/start events, no records while paused), 3 laps."],
        ["cycling-smart", cycling(), 1, "Road ride, smart recording (1-8 s between records), enhanced speed/altitude, power, cadence, HR, temperature."],
        ["pool-swim", poolSwim(), 1, "Pool swim (25 m pool), no GPS: 4 laps of 4 active lengths plus idle lengths, records carry distance and HR, 400 m."],
        ["treadmill", treadmill(), 1, "Treadmill run (running/treadmill), no GPS: distance and speed from the device, HR, cadence."],
        ["developer-fields", developerFields(), 1, "Run with developer data: a developer_data_id, 3 field_descriptions (float32, uint16, string) and developer values in every record (string of varying size every 60 s)."],
        ["chained", chained(), 2, "Two complete FIT files concatenated: a 5 min run then a 5 min ride an hour later."],
    ];
    for (const [name, bytes, fitFiles, notes] of files) {
        fs.writeFileSync(path.join(outDir, `${name}.fit`), bytes);
        const values = expected(`${name}.fit`, bytes, fitFiles, notes);
        fs.writeFileSync(path.join(outDir, `${name}.expected.json`), toJson(values));
        if (name === "running-1s") {
            const pauses = pausesOf(values.timerEvents);
            fs.writeFileSync(path.join(outDir, `${name}.gpx`), gpxOf(values.records, pauses, "Generated run"));
            fs.writeFileSync(path.join(outDir, `${name}.tcx`), tcxOf(values.records, values.laps, pauses));
        }

        console.log(`${name}.fit: ${bytes.length} bytes, ${values.records.length} records`);
    }
}

function writeLargeGpx(file, hours) {
    const bytes = large(hours);
    const { messages } = decode(bytes);
    const records = messages.recordMesgs.map(recordValues);
    const out = fs.openSync(file, "w");
    fs.writeSync(out, '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="FitnessApp generator" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n <trk><name>Large ride</name><type>cycling</type><trkseg>\n');
    let chunk = [];
    for (const r of records) {
        chunk.push(`  <trkpt lat="${r.lat}" lon="${r.lon}"><ele>${r.altitude}</ele><time>${r.time}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:atemp>${r.temperature}</gpxtpx:atemp><gpxtpx:hr>${r.heartRate}</gpxtpx:hr><gpxtpx:cad>${r.cadence}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>\n`);
        if (chunk.length === 10000) {
            fs.writeSync(out, chunk.join(""));
            chunk = [];
        }
    }

    fs.writeSync(out, chunk.join("") + " </trkseg></trk>\n</gpx>\n");
    fs.closeSync(out);
    console.log(`${file}: ${fs.statSync(file).size} bytes, ${records.length} points`);
}

const args = process.argv.slice(2);
if (args[0] === "--large") {
    const bytes = large(Number(args[2] ?? 110));
    fs.writeFileSync(args[1], bytes);
    console.log(`${args[1]}: ${bytes.length} bytes`);
} else if (args[0] === "--large-gpx") {
    writeLargeGpx(args[1], Number(args[2] ?? 30));
} else if (args[0] !== undefined && args[0].startsWith("--")) {
    console.error("usage: node generate.mjs [outDir] | --large <file.fit> [hours] | --large-gpx <file.gpx> [hours]");
    process.exit(2);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
    writeSmall(args[0] ?? path.resolve(here, "../../../tests/corpus/generated"));
}
