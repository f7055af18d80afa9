#!/usr/bin/env node
// Data of bench/activity-results.sh: in the demo workspace, one group, one running red packet
// activity aimed at it, MEMBERS members who join the group, then EVENTS events carrying the
// activity's id (60 % messages, 10 % red packets claimed, 10 % orders, 10 % coupons issued, 5 %
// redeemed, 5 % check-ins) over the last three days, pushed through POST events:batch as a
// partner bot would. Prints the activity's id (last line) for the latency driver.
//
//   node bench/activity-feed.mjs --base http://127.0.0.1:18097 --token "$TOKEN" [--events 100000] [--members 20000]
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const BASE = `${(args.base ?? 'http://127.0.0.1:18097').replace(/\/$/, '')}/api/v1/workspaces/${args.ws ?? '0190f0e0-0000-7000-8000-000000000001'}`;
const EVENTS = Number(args.events ?? 100000);
const MEMBERS = Number(args.members ?? 20000);
const token = args.token ?? process.env.TOKEN;

// a deterministic linear congruential generator: the same data every run
let seed = 7;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;

async function call(method, path, body) {
  const res = await fetch(`${BASE}${path}`, {
    method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

const now = Date.now() - 10 * 60_000;
const run = Math.floor(now / 1000);
const group = await call('POST', '/groups', { name: `活动压测群 ${run}`, platform: 'wechat', platformGroupId: `bench-act-${run}`,
  hardLimit: 10000, targetSize: 10000 });
const activity = await call('POST', '/activities', {
  title: '压测红包雨', type: 'red_packet', targetGroupIds: [group.id], budgetMinor: 1000000,
  goal: { participants: 15000, orders: 8000, gmvMinor: 50000000, newMembers: 1000 },
  startAt: new Date(now - 3 * 86400_000).toISOString(), endAt: new Date(now + 4 * 86400_000).toISOString(),
  promotion: { channel: 'content' },
  settings: { type: 'red_packet', mode: 'all', totalAmountMinor: 1000000, packets: 10000 },
});
await call('POST', `/activities/${activity.id}/schedule`);

const member = (i) => ({ platform: 'wechat', platformUserId: `bench-act-${run}-${i}` });
const items = [];
for (let i = 0; i < MEMBERS; i++) {
  items.push({ type: 'joined', platformEventId: `ba-${run}-j${i}`, occurredAt: new Date(now - 4 * 86400_000 + i).toISOString(),
    group: { id: group.id }, member: member(i) });
}
for (let i = 0; i < EVENTS; i++) {
  const r = rnd();
  const type = r < 0.6 ? 'message' : r < 0.7 ? 'red_packet_claimed' : r < 0.8 ? 'order_placed'
    : r < 0.9 ? 'coupon_issued' : r < 0.95 ? 'coupon_redeemed' : 'check_in';
  const e = { type, platformEventId: `ba-${run}-e${i}`, occurredAt: new Date(now - Math.floor(rnd() * 3 * 86400_000)).toISOString(),
    group: { id: group.id }, member: member(Math.floor(rnd() * MEMBERS)), activityId: activity.id };
  if (type === 'red_packet_claimed') e.amount = 1 + Math.floor(rnd() * 500);
  if (type === 'order_placed') e.amount = 990 + Math.floor(rnd() * 20000);
  items.push(e);
}
const t0 = Date.now();
for (let i = 0; i < items.length; i += 1000) {
  const r = await call('POST', '/events:batch', { items: items.slice(i, i + 1000) });
  if (r.rejected > 0) throw new Error(`rejected: ${JSON.stringify(r.items.find((x) => x.status === 'rejected'))}`);
}
console.error(`activity-feed: ${MEMBERS} joins and ${EVENTS} activity events pushed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(activity.id);
