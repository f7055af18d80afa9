#!/usr/bin/env node
// Event ingestion driver (bench/ingest.sh runs it). Two modes over the SAME generated events:
//
//   node bench/ingest-client.mjs csv  --n 1000000 --groups 1500 --users 200000 --out events.csv --ws <uuid>
//       writes the rows as the event table stores them (ids resolved), for a raw COPY;
//   node bench/ingest-client.mjs http --n 1000000 --groups 1500 --users 200000 --base http://127.0.0.1:18091 \
//       --kc http://localhost:8180 [--clients 4] [--batch 1000]
//       POSTs them to /events:batch in batches, `clients` requests in flight, keep-alive; a 503 or
//       409 (in flight) is retried with the same body. Prints events/s and one JSON line.
//
//   common options: --prefix (bench-e-: the platform event ids, another prefix for another set of
//   events, e.g. a warm-up), --people (bench-u-: the wechat user ids, another prefix for other
//   people) and --order live|backfill (live):
//     live      events as partner tools push them: occurredAt in arrival order over the last 6 hours
//               (a few seconds of jitter), so the rollups see mostly the same days again and again;
//     backfill  a history import: occurredAt spread at random over the last 30 days (most of them
//               "late"), so nearly every event lands on another (group, day, type) and (member, day).
//
// Event i: type from a fixed mix (message 55%, check_in 10%, share 5%, ugc_post 5%, coupon_issued 5%,
// coupon_redeemed 3%, order_placed 4% (amount), red_packet_claimed 3% (amount), joined 4%, left 2%,
// question_asked 2%, question_answered 2%); group bench-g-<k> by platform group id; member by
// wechat identity bench-u-<j> (unknown identities create members on first sight); occurredAt as
// --order says.
import http from 'node:http';
import fs from 'node:fs';
import crypto from 'node:crypto';

const mode = process.argv[2];
const args = Object.fromEntries(process.argv.slice(3).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const N = Number(args.n ?? 1000000);
const G = Number(args.groups ?? 1500);
const U = Number(args.users ?? 200000);
const ws = args.ws ?? '0190f0e0-0000-7000-8000-000000000001';
const now = Date.parse(args.now ?? new Date().toISOString());
const prefix = args.prefix ?? 'bench-e-';
const people = args.people ?? 'bench-u-';
const order = args.order ?? 'live';
if (order !== 'live' && order !== 'backfill') { console.error('--order: live | backfill'); process.exit(2); }
const LIVE_SPAN_S = 6 * 3600;

const MIX = [['message', 55], ['check_in', 10], ['share', 5], ['ugc_post', 5], ['coupon_issued', 5], ['coupon_redeemed', 3],
  ['order_placed', 4], ['red_packet_claimed', 3], ['joined', 4], ['left', 2], ['question_asked', 2], ['question_answered', 2]];
const TYPES = [];
for (const [t, w] of MIX) for (let k = 0; k < w; k++) TYPES.push(t);

function h(i, salt) { // deterministic 32-bit hash
  let x = (i * 2654435761 + salt * 40503) >>> 0;
  x ^= x >>> 16; x = Math.imul(x, 2246822507) >>> 0; x ^= x >>> 13; x = Math.imul(x, 3266489909) >>> 0; x ^= x >>> 16;
  return x >>> 0;
}

function gen(i) {
  const type = TYPES[h(i, 1) % 100];
  const e = {
    type,
    platformEventId: `${prefix}${i}`,
    occurredAt: new Date(now - 60_000 - (order === 'live'
      ? Math.floor((N - 1 - i) * LIVE_SPAN_S / N) + h(i, 2) % 10
      : h(i, 2) % (30 * 86_400)) * 1000).toISOString(),
    group: { platform: 'wechat', platformGroupId: `bench-g-${h(i, 3) % G}` },
    member: { platform: 'wechat', platformUserId: `${people}${h(i, 4) % U}` },
  };
  if (type === 'order_placed') e.amount = 1000 + h(i, 5) % 50000;
  if (type === 'red_packet_claimed') e.amount = 100 + h(i, 5) % 2000;
  if (type === 'question_answered') e.questionEventId = `${prefix}${i - 1}`;
  return e;
}

function uuidFrom(prefix, n) { // deterministic uuid for the COPY rows
  const b = crypto.createHash('sha1').update(prefix + n).digest();
  b[6] = (b[6] & 0x0f) | 0x50; b[8] = (b[8] & 0x3f) | 0x80;
  const x = b.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

let seq = 0;
function uuidv7() { // time-ordered, like the backend's ids
  const ms = BigInt(Date.now());
  const b = crypto.randomBytes(16);
  const hex = ms.toString(16).padStart(12, '0');
  for (let k = 0; k < 6; k++) b[k] = parseInt(hex.slice(k * 2, k * 2 + 2), 16);
  b[6] = 0x70 | ((seq >> 8) & 0x0f); b[7] = seq & 0xff; seq = (seq + 1) & 0xfff;
  b[8] = (b[8] & 0x3f) | 0x80;
  const x = b.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

if (mode === 'csv') {
  const out = fs.createWriteStream(args.out);
  const received = new Date(now).toISOString();
  const groupIds = Array.from({ length: G }, (_, k) => uuidFrom('g', k));
  const memberIds = new Map();
  let buf = '';
  for (let i = 0; i < N; i++) {
    const e = gen(i);
    const u = h(i, 4) % U;
    let m = memberIds.get(u);
    if (!m) { m = uuidFrom('u', u); memberIds.set(u, m); }
    const late = Date.parse(e.occurredAt) < now - 86_400_000;
    const q = e.type === 'question_asked' ? e.platformEventId : e.type === 'question_answered' ? e.questionEventId : '';
    buf += [ws, uuidv7(), e.occurredAt, received, e.type, groupIds[h(i, 3) % G], m, 'wechat', e.platformEventId, '',
      e.amount ?? '', e.amount != null ? 'CNY' : '', '', q, 'f', late ? 't' : 'f', ''].join(',') + '\n';
    if (buf.length > 1 << 20) { if (!out.write(buf)) await new Promise(r => out.once('drain', r)); buf = ''; }
  }
  out.write(buf);
  await new Promise(r => out.end(r));
  process.exit(0);
}

if (mode !== 'http') { console.error('mode: csv | http'); process.exit(2); }
const base = new URL(args.base ?? 'http://127.0.0.1:18091');
const kc = args.kc ?? 'http://localhost:8180';
const clients = Number(args.clients ?? 4);
const batch = Number(args.batch ?? 1000);
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });

let token = null;
let tokenAt = 0;
async function bearer() {
  if (!token || Date.now() - tokenAt > 120_000) {
    const r = await fetch(`${kc}/realms/shequn/protocol/openid-connect/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=shequn-partner-demo&client_secret=partner-demo-secret' });
    token = (await r.json()).access_token;
    tokenAt = Date.now();
  }
  return token;
}

function post(path, body, auth) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: base.hostname, port: base.port, path, method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${auth}` } },
    res => { const chunks = []; res.on('data', c => chunks.push(c)); res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() })); });
    req.on('error', reject);
    req.end(body);
  });
}

const totals = { accepted: 0, duplicates: 0, conflicts: 0, rejected: 0, retries: 0 };
const latencies = [];
let next = 0;
const batches = Math.ceil(N / batch);
// The request bodies are built before the clock starts, as the raw COPY's CSV file is written
// before its timing: what is timed is the server's work and the sending, not the generator's.
const bodies = [];
for (let b = 0; b < batches; b++) {
  const items = [];
  for (let i = b * batch; i < Math.min(N, (b + 1) * batch); i++) items.push(gen(i));
  bodies.push(Buffer.from(JSON.stringify({ items })));
}
// the counts lead the answer (BatchResult's first fields): read them without parsing 1,000 item results
const COUNTS = /^\{"accepted":(\d+),"duplicates":(\d+),"conflicts":(\d+),"rejected":(\d+)/;
async function worker() {
  for (;;) {
    const b = next++;
    if (b >= batches) return;
    const body = bodies[b];
    for (;;) {
      const t = process.hrtime.bigint();
      const r = await post(`/api/v1/workspaces/${ws}/events:batch`, body, await bearer());
      if (r.status === 200) {
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        const m = COUNTS.exec(r.body);
        if (!m) { console.error(`batch ${b}: unexpected answer ${r.body.slice(0, 300)}`); process.exit(1); }
        totals.accepted += +m[1]; totals.duplicates += +m[2]; totals.conflicts += +m[3]; totals.rejected += +m[4];
        if (+m[4] > 0 && totals.rejected === +m[4]) console.error('first rejection:', JSON.stringify(JSON.parse(r.body).items.find(x => x.status === 'rejected')));
        break;
      }
      totals.retries++;
      if (totals.retries < 5 || totals.retries % 100 === 0) console.error(`batch ${b}: ${r.status} ${r.body.slice(0, 300)}`);
      if (totals.retries > 1000) { console.error('too many failures'); process.exit(1); }
      await new Promise(res => setTimeout(res, 200));
    }
    bodies[b] = null;
    if (b % 100 === 0) console.error(`  ${b}/${batches} batches, ${totals.accepted} accepted`);
  }
}

await bearer();
const t0 = process.hrtime.bigint();
await Promise.all(Array.from({ length: clients }, worker));
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
latencies.sort((a, b) => a - b);
const pct = p => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(0);
console.log(`HTTP events:batch: ${N} events in ${secs.toFixed(1)} s = ${(N / secs).toFixed(0)} events/s`
  + ` (batches of ${batch}, ${clients} clients; batch latency p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms)`);
console.log(`results: ${JSON.stringify(totals)}`);
console.log(JSON.stringify({ scenario: 'http', events: N, seconds: +secs.toFixed(2), eventsPerSecond: Math.round(N / secs), ...totals }));
