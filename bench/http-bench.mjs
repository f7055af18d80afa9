#!/usr/bin/env node
// HTTP latency driver for the "members at scale" benchmark (bench/members.sh runs it).
//
//   node bench/http-bench.mjs --base http://127.0.0.1:18090 --token "$TOKEN" \
//        --members 1000000 --groups 15000 [--requests 2000] [--warmup 500] [--runs 5] [--concurrency 4] [--seed 1]
//
// Two scenarios against the workspace bench/gen-members.sql filled, each run `runs` times
// after `warmup` unrecorded requests:
//   list      GET /api/v1/workspaces/{ws}/members?tag=<tag>&groupId=<group>   (tag uniform over
//             the generator's 24 tags, group uniform over its groups)
//   identity  GET /api/v1/workspaces/{ws}/members/by-identity?platform=wechat&platformUserId=<id>
//             (a random existing member's wechat id, same formula as the generator)
// A fixed number of requests, `concurrency` in flight, keep-alive connections, loopback only.
// Latency = from the request being written to the last byte of the body read. Every answer
// must be 200 (counted otherwise). Prints per-run p50/p95/p99/max and the medians over runs,
// and one JSON line per scenario at the end (for docs/benchmarks.md).
import http from 'node:http';
import crypto from 'node:crypto';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const base = new URL(args.base ?? 'http://127.0.0.1:18090');
const token = args.token ?? process.env.TOKEN;
const ws = args.ws ?? '0190f0e0-0000-7000-8000-000000000001';
const members = Number(args.members ?? 1000000);
const groups = Number(args.groups ?? 15000);
const requests = Number(args.requests ?? 2000);
const warmup = Number(args.warmup ?? 500);
const runs = Number(args.runs ?? 5);
const concurrency = Number(args.concurrency ?? 4);
const scenarios = (args.scenarios ?? 'list,identity').split(',');
if (!token) { console.error('no --token'); process.exit(2); }

const TAGS = ['宝妈', '新客', '复购', '孕期', '0-1岁', '1-3岁', '奶粉', '纸尿裤', '高价值', '价格敏感', '活跃', '沉默',
  '北京', '上海', '广州', '深圳', '团长', '会员日', '早教', '辅食', '二胎', '爸爸', '试用官', '投诉过'];

// deterministic PRNG (mulberry32)
let state = Number(args.seed ?? 1) >>> 0;
function rnd() {
  state = (state + 0x6D2B79F5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n) => 1 + Math.floor(rnd() * n);
const hex12 = (n) => n.toString(16).padStart(12, '0');

// metrics scenarios (bench/metrics.sh): a period of `--days` local days ending `--to`
const metricsTo = args.to ?? '2026-11-27';
const metricsDays = Number(args.days ?? 90);
const metricsFrom = (() => { const d = new Date(metricsTo + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() - metricsDays + 1); return d.toISOString().slice(0, 10); })();
const range = `from=${metricsFrom}&to=${metricsTo}`;
const paths = {
  // one group's every figure for the period, then the same per day (its chart)
  group: () => `/api/v1/workspaces/${ws}/metrics/summary?${range}&groupId=01920000-0000-7000-8000-${hex12(pick(groups))}`,
  groupSeries: () => `/api/v1/workspaces/${ws}/metrics/series?${range}&interval=day&groupId=01920000-0000-7000-8000-${hex12(pick(groups))}`,
  // the workspace dashboard: every figure for the period (distinct people across groups), and per day / week / month
  dashboard: () => `/api/v1/workspaces/${ws}/metrics/summary?${range}`,
  dashboardDaily: () => `/api/v1/workspaces/${ws}/metrics/series?${range}&interval=day`,
  dashboardWeekly: () => `/api/v1/workspaces/${ws}/metrics/series?${range}&interval=week`,
  dashboardMonthly: () => `/api/v1/workspaces/${ws}/metrics/series?${range}&interval=month`,
  list: () => `/api/v1/workspaces/${ws}/members?tag=${encodeURIComponent(TAGS[Math.floor(rnd() * TAGS.length)])}`
    + `&groupId=01920000-0000-7000-8000-${hex12(pick(groups))}`,
  // one activity's live results and its first page of participants (bench/activity-results.sh)
  activityResults: () => `/api/v1/workspaces/${ws}/activities/${args.activity}/results`,
  activityParticipants: () => `/api/v1/workspaces/${ws}/activities/${args.activity}/participants?limit=50`,
  identity: () => {
    const n = pick(members);
    const id = `wxid_${crypto.createHash('md5').update(String(n)).digest('hex').slice(0, 10)}_${n}`;
    return `/api/v1/workspaces/${ws}/members/by-identity?platform=wechat&platformUserId=${id}`;
  },
};

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function get(path) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const req = http.request({ host: base.hostname, port: base.port, path, agent,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } }, (res) => {
      let bytes = 0, items = null, body = '';
      res.on('data', (c) => { bytes += c.length; if (body.length < 200000) body += c; });
      res.on('end', () => {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        if (res.statusCode === 200 && body.startsWith('{"items"')) {
          try { items = JSON.parse(body).items.length; } catch { /* ignore */ }
        }
        resolve({ ms, status: res.statusCode, bytes, items });
      });
    });
    req.on('error', (e) => resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, status: 'error ' + e.code, bytes: 0 }));
    req.end();
  });
}

async function batch(make, n) {
  const results = [];
  let next = 0;
  async function worker() {
    while (next < n) { next++; results.push(await get(make())); }
  }
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { results, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const f = (x) => x.toFixed(1);

const summary = {};
for (const name of scenarios) {
  const make = paths[name];
  const w = await batch(make, warmup);
  const bad = w.results.filter((r) => r.status !== 200);
  if (bad.length) { console.error(`${name}: warm-up had ${bad.length} non-200 answers, first: ${bad[0].status}`); process.exit(1); }
  const per = [];
  for (let r = 1; r <= runs; r++) {
    const { results, seconds } = await batch(make, requests);
    const ms = results.map((x) => x.ms).sort((a, b) => a - b);
    const non200 = results.filter((x) => x.status !== 200).length;
    const items = results.filter((x) => x.items != null).map((x) => x.items);
    const row = { p50: pct(ms, 50), p95: pct(ms, 95), p99: pct(ms, 99), max: ms[ms.length - 1], rps: requests / seconds, non200,
      meanItems: items.length ? items.reduce((a, b) => a + b, 0) / items.length : null };
    per.push(row);
    console.log(`${name} run ${r}: ${requests} requests, concurrency ${concurrency}: p50 ${f(row.p50)} ms, p95 ${f(row.p95)} ms, `
      + `p99 ${f(row.p99)} ms, max ${f(row.max)} ms, ${row.rps.toFixed(0)} req/s, non-200 ${non200}`
      + (row.meanItems != null ? `, mean items per page ${row.meanItems.toFixed(1)}` : ''));
  }
  summary[name] = Object.fromEntries(['p50', 'p95', 'p99', 'max', 'rps'].map((k) => [k, Number(median(per.map((x) => x[k])).toFixed(2))]));
  summary[name].non200 = per.reduce((a, x) => a + x.non200, 0);
  console.log(`${name} medians over ${runs} runs: p50 ${f(summary[name].p50)} ms, p95 ${f(summary[name].p95)} ms, p99 ${f(summary[name].p99)} ms, ${summary[name].rps.toFixed(0)} req/s`);
}
console.log('SUMMARY ' + JSON.stringify({ members, groups, requests, warmup, runs, concurrency, ...summary }));
agent.destroy();
