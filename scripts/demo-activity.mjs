#!/usr/bin/env node
// Demo activity for the demo workspace: groups, a staff account, customers, two activities (one
// ended and reviewed, one running) and 30 days of what
// they did, pushed through the public API exactly as a partner bot would (client credentials,
// POST /groups, POST /members, POST /events:batch). Run by ./run after the backend is up; does
// nothing when the demo workspace already has groups (the first start loads it, restarts keep it).
//
//   node scripts/demo-activity.mjs [--api http://localhost:8080] [--keycloak http://localhost:8180] [--days 30]
//
// Deterministic apart from "now": the same seed gives the same people, groups and behaviour,
// laid over the 30 days before the moment it runs.
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const API = (args.api ?? process.env.SHEQUN_API ?? 'http://localhost:8080').replace(/\/$/, '');
const KEYCLOAK = (args.keycloak ?? process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const DAYS = Number(args.days ?? 30);
const WS = '0190f0e0-0000-7000-8000-000000000001';
const BASE = `${API}/api/v1/workspaces/${WS}`;
const HOUR = 3600_000;
const DAY = 24 * HOUR;

// mulberry32: a small deterministic PRNG
let seed = 20261202;
function rnd() {
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const chance = (p) => rnd() < p;
const between = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rnd() * list.length)];

async function token() {
  const res = await fetch(`${KEYCLOAK}/realms/shequn/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=shequn-partner-demo&client_secret=partner-demo-secret',
  });
  if (!res.ok) throw new Error(`no token from Keycloak (${res.status})`);
  return (await res.json()).access_token;
}

let bearer;
async function call(method, path, body) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : null;
}

// ------------------------------------------------------------------ the shop's groups and people

const GROUPS = [
  { name: '宝妈福利群 1', platform: 'wechat', purpose: 'deals', tags: ['福利', '宝妈'], openedDaysAgo: 30, size: 150, pulse: 1.0 },
  { name: '宝妈福利群 2', platform: 'wechat', purpose: 'deals', tags: ['福利', '宝妈'], openedDaysAgo: 16, size: 110, pulse: 0.8 },
  { name: 'VIP 会员群', platform: 'wecom', purpose: 'vip', tags: ['VIP'], openedDaysAgo: 30, size: 60, pulse: 1.3 },
  { name: '辅食学习群', platform: 'wechat', purpose: 'learning', tags: ['辅食', '微课'], openedDaysAgo: 24, size: 90, pulse: 0.9 },
  { name: '奶粉拼团群', platform: 'qq', purpose: 'deals', tags: ['拼团'], openedDaysAgo: 9, size: 70, pulse: 0.7 },
  { name: '新品试用官', platform: 'wecom', purpose: 'interest', tags: ['试用'], openedDaysAgo: 5, size: 35, pulse: 1.1 },
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '林'];
const GIVEN = ['妈妈', '宝宝妈', '小雨', '晓晓', '安安', '乐乐', '朵朵', '豆豆', '果果', '小鹿', '甜甜', '萌萌'];
const CHANNELS = ['package_card', 'store_service', 'phone_invitation', 'referral', 'offline', 'content'];
const PRODUCTS = [3990, 5990, 8900, 12800, 19900, 25900, 39900];

async function main() {
  bearer = await token();
  const existing = await call('GET', '/groups?limit=1');
  if (existing.items.length > 0) {
    console.log('demo activity: already loaded (the demo workspace has groups)');
    return;
  }
  const now = Date.now() - 10 * 60_000; // a little in the past: events may not be in the future
  const started = now - DAYS * DAY;

  const groups = [];
  for (const [i, g] of GROUPS.entries()) {
    const created = await call('POST', '/groups', {
      name: g.name, platform: g.platform, platformGroupId: `demo-g-${i + 1}`, purpose: g.purpose, tags: g.tags,
      status: 'active', welcomeMessage: '欢迎入群！请先看群公告，每天 20:00 准时开抢福利～',
      rules: '1. 禁止发广告和外链 2. 有问题@群主或客服 3. 友善交流',
    });
    groups.push({ ...g, id: created.id, key: `demo-g-${i + 1}` });
  }

  // the shop's customer service account, in every group: its answers are the response times
  const platforms = [...new Set(GROUPS.map((g) => g.platform))];
  await call('POST', '/members', {
    displayName: '客服 小美', staff: true, sourceChannel: 'other',
    identities: platforms.map((p) => ({ platform: p, platformUserId: 'demo-staff-xiaomei' })),
  });

  // two activities of the shop: a red packet rain ten days ago (ended and reviewed below, once its
  // events are in) and a flash sale running now; the events of their groups and days carry their id
  // the workspace is in Asia/Shanghai (UTC+8): local midnight before t
  const localMidnight = (t) => Math.floor((t + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
  const rainStart = localMidnight(now - 10 * DAY) + 20 * HOUR;
  const rain = await call('POST', '/activities', {
    title: '周年庆红包雨', type: 'red_packet', goal: { participants: 120, orders: 20, gmvMinor: 300000, newMembers: 10 },
    budgetMinor: 30000, targetGroupIds: [groups[0].id, groups[2].id],
    startAt: new Date(rainStart).toISOString(), endAt: new Date(rainStart + 2 * HOUR).toISOString(),
    rulesText: '20:00 准时开抢，每人限领一次，金额随机。', otherSpendMinor: 5000,
    promotion: { channel: 'content', plan: '提前一天群公告 + 朋友圈海报', pushes: [{ at: new Date(rainStart - DAY).toISOString(), message: '明晚 8 点红包雨，不见不散！' }] },
    settings: { type: 'red_packet', mode: 'all', totalAmountMinor: 30000, packets: 300, split: 'random' },
  });
  const saleStart = localMidnight(now - 2 * DAY) + 10 * HOUR;
  const sale = await call('POST', '/activities', {
    title: '辅食节限时秒杀', type: 'flash_sale', goal: { participants: 80, orders: 40, gmvMinor: 600000 },
    budgetMinor: 20000, targetGroupIds: [groups[1].id, groups[3].id],
    startAt: new Date(saleStart).toISOString(), endAt: new Date(saleStart + 7 * DAY).toISOString(),
    rulesText: '每天 10:00 上新，限量秒杀，每人限购 2 件。',
    promotion: { channel: 'content', plan: '辅食学习群微课后推送秒杀链接' },
    settings: { type: 'flash_sale', products: [{ name: '有机米粉', priceMinor: 3990, originalPriceMinor: 5990, stock: 200 },
      { name: '果泥组合', priceMinor: 5990, originalPriceMinor: 8900, stock: 100 }], limitPerMember: 2 },
  });
  const campaigns = [
    { id: rain.id, groups: new Set([groups[0].key, groups[2].key]), from: rainStart, to: rainStart + 2 * HOUR },
    { id: sale.id, groups: new Set([groups[1].key, groups[3].key]), from: saleStart, to: saleStart + 7 * DAY },
  ];

  const events = [];
  let n = 0;
  // one event; null when it would fall outside the 30 days (or in the future)
  const push = (type, at, group, user, extra = {}, id = null) => {
    if (at > now || at < started) return null;
    n += 1;
    const e = {
      type, platformEventId: id ?? `demo-${n}`, occurredAt: new Date(Math.floor(at)).toISOString(),
      group: { platform: group.platform, platformGroupId: group.key },
      member: { platform: group.platform, platformUserId: user }, ...extra,
    };
    events.push(e);
    return e;
  };
  // what a customer does only while they are in the group
  const act = (type, at, group, p, extra = {}, id = null) =>
    (at > p.joinAt && at < p.leaveAt ? push(type, at, group, p.user, extra, id) : null);

  let person = 0;
  const customers = [];
  for (const g of groups) {
    const opened = now - g.openedDaysAgo * DAY;
    push('joined', opened, g, 'demo-staff-xiaomei');
    const people = [];
    for (let k = 0; k < g.size; k++) {
      person += 1;
      // most people join in the first days of a group (the invitation wave), the rest trickle in
      const joinAt = opened + (k < g.size * 0.6 ? rnd() * 2 * DAY : rnd() * (now - opened));
      const user = `demo-u${person}`;
      const earlier = people.filter((q) => q.joinAt < joinAt - 6 * HOUR && q.leaveAt > joinAt);
      const inviter = earlier.length > 0 && chance(0.25) ? pick(earlier) : null;
      if (inviter) {
        push('invite_sent', joinAt - between(1, 6) * HOUR, g, inviter.user);
        push('invite_accepted', joinAt, g, user, { inviter: { platform: g.platform, platformUserId: inviter.user } });
      }
      push('joined', joinAt, g, user);
      // how talkative this person is: a few talk a lot, most lurk (seed 002's opinion leaders)
      const zeal = rnd() < 0.1 ? 0.9 : rnd() < 0.5 ? 0.35 : 0.08;
      const leaveAt = chance(0.12) ? joinAt + rnd() * 10 * DAY : Infinity;
      if (leaveAt < now) push('left', leaveAt, g, user);
      people.push({ user, joinAt, leaveAt, zeal });
      customers.push({
        displayName: `${pick(SURNAMES)}${pick(GIVEN)}`, identities: [{ platform: g.platform, platformUserId: user }],
        sourceChannel: inviter ? 'referral' : pick(CHANNELS), tags: g.tags.slice(0, 1).concat(zeal > 0.5 ? ['活跃'] : []),
        tier: zeal > 0.5 && chance(0.5) ? 'gold' : 'regular', phone: `138${String(10000000 + person * 7919).slice(-8)}`,
      });
    }

    for (let day = 0; day <= g.openedDaysAgo; day++) {
      const dayStart = localMidnight(opened) + day * DAY;
      // a group's life: lively at first, then it settles (seed 001: most die within a week)
      const life = g.pulse * Math.max(0.25, Math.exp(-day / 9));
      const here = people.filter((p) => p.joinAt < dayStart + DAY && p.leaveAt > dayStart);
      const drop = dayStart + 20 * HOUR; // the 20:00 drop: coupons for those online
      for (const p of here) {
        if (!chance(Math.min(0.95, 1.6 * p.zeal * life))) continue;
        const at = () => dayStart + rnd() * DAY;
        for (let m = between(1, Math.round(2 + 14 * p.zeal)); m > 0; m--) act('message', at(), g, p);
        if (chance(0.35)) act('check_in', dayStart + between(7, 10) * HOUR + rnd() * HOUR, g, p);
        if (chance(0.3)) {
          const issued = drop + rnd() * 30 * 60_000;
          if (act('coupon_issued', issued, g, p) && chance(0.45)) act('coupon_redeemed', issued + rnd() * 3 * HOUR, g, p);
        }
        if (chance(0.07)) act('order_placed', at(), g, p, { amount: pick(PRODUCTS), currency: 'CNY' });
        if (chance(0.05)) act('ugc_post', at(), g, p);
        if (chance(0.05)) act('share', at(), g, p);
        if (chance(0.12)) {
          const asked = at();
          const q = act('question_asked', asked, g, p, {}, `demo-q-${g.key}-${n + 1}`);
          // the 5-minute rule: most answers come fast, some are slow, a few never come
          const delay = chance(0.6) ? between(8, 45) : chance(0.75) ? between(60, 600) : chance(0.5) ? between(900, 3600) : null;
          if (q && delay !== null) {
            push('question_answered', asked + delay * 1000, g, 'demo-staff-xiaomei', { questionEventId: q.platformEventId });
          }
        }
        if (chance(0.01)) {
          act('feedback', at(), g, p, { kind: chance(0.7) ? 'suggestion' : 'complaint', text: '希望多上一些有机辅食和小月龄的款' });
        }
      }
      // weekly red packets in the evening, claimed by those around
      if (day % 7 === 3) {
        for (const p of here) if (chance(0.4 * life)) act('red_packet_claimed', drop + rnd() * 600_000, g, p, { amount: between(88, 888), currency: 'CNY' });
      }
      // a weekly micro-lecture in the learning group
      if (g.purpose === 'learning' && day % 7 === 1) {
        for (const p of here) if (chance(0.45)) act('lecture_attended', dayStart + 20 * HOUR + rnd() * 600_000, g, p);
      }
      if (chance(0.15) && here.length) act('rule_violation', dayStart + rnd() * DAY, g, pick(here), { kind: pick(['ad', 'spam_link']) });
    }
    // the activities' own events: red packets claimed in the rain, orders in the flash sale
    for (const c of campaigns.filter((x) => x.groups.has(g.key))) {
      const present = people.filter((p) => p.joinAt < c.from && p.leaveAt > c.from);
      for (const p of present) {
        if (c.id === rain.id && chance(0.55)) {
          act('red_packet_claimed', c.from + rnd() * 20 * 60_000, g, p, { amount: between(20, 200), currency: 'CNY' });
          if (chance(0.25)) act('order_placed', c.from + rnd() * 2 * HOUR, g, p, { amount: pick(PRODUCTS), currency: 'CNY' });
        }
        if (c.id === sale.id && chance(0.3)) {
          act('order_placed', c.from + rnd() * (now - c.from), g, p, { amount: pick([3990, 5990, 7980]), currency: 'CNY' });
        }
      }
    }
  }
  // what happened in an activity's groups during it, beside chatting, belongs to it
  const CAMPAIGN_TYPES = new Set(['red_packet_claimed', 'order_placed', 'coupon_issued', 'coupon_redeemed', 'check_in', 'ugc_post', 'share']);
  for (const e of events) {
    if (!CAMPAIGN_TYPES.has(e.type)) continue;
    const at = Date.parse(e.occurredAt);
    const c = campaigns.find((x) => x.groups.has(e.group.platformGroupId) && at >= x.from && at < x.to);
    if (c) e.activityId = c.id;
  }

  // the customers first, with their names (an event with an unknown identity would create a nameless member)
  for (let i = 0; i < customers.length; i += 8) {
    await Promise.all(customers.slice(i, i + 8).map((c) => call('POST', '/members', c)));
  }
  events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  let accepted = 0;
  for (let i = 0; i < events.length; i += 1000) {
    const r = await call('POST', '/events:batch', { items: events.slice(i, i + 1000) });
    accepted += r.accepted;
    if (r.rejected > 0) {
      const bad = r.items.find((x) => x.status === 'rejected');
      throw new Error(`demo events rejected: ${JSON.stringify(bad)}`);
    }
  }
  // the rain is over: scheduled now, it ends at once at its planned times; then its review (复盘)
  await call('POST', `/activities/${rain.id}/schedule`);
  await call('POST', `/activities/${sale.id}/schedule`);
  const res = await fetch(`${BASE}/activities/${rain.id}`, { headers: { Authorization: `Bearer ${bearer}` } });
  const etag = res.headers.get('etag');
  const review = await fetch(`${BASE}/activities/${rain.id}/review`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', 'If-Match': etag },
    body: JSON.stringify({
      wentWell: '20:00 开抢准时，前 10 分钟领取过半，带动了当晚下单。',
      wentWrong: 'VIP 群领取率偏低，公告发得太晚；红包金额随机，有人抱怨太少。',
      toChange: '提前两小时再提醒一次；VIP 群单独设置保底金额。',
      productsSold: [{ name: '有机米粉', quantity: 18, gmvMinor: 71820 }, { name: '婴儿湿巾', quantity: 25, gmvMinor: 99750 }],
      topicsThatWorked: ['晒娃领红包', '年货清单'],
    }),
  });
  if (!review.ok) throw new Error(`PUT review: ${review.status} ${(await review.text()).slice(0, 300)}`);
  console.log(`demo activity: ${groups.length} groups, ${person} customers, ${accepted} events over ${DAYS} days, 2 activities`);
}

main().catch((e) => {
  console.error(`demo activity: ${e.message}`);
  process.exit(1);
});
