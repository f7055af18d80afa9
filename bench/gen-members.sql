-- Deterministic data generator for the "members at scale" benchmark (issue 4).
--
--   psql -v members=1000000 -v groups=15000 -v memberships=3000000 -f bench/gen-members.sql \
--        postgresql://postgres:postgres@127.0.0.1:54349/shequn
--
-- Writes straight into the schema Flyway made (run the backend once first), in the demo
-- workspace 0190f0e0-0000-7000-8000-000000000001 (created here with the partner client's
-- access entry if the demo data was not loaded). No random(): every value is a hash of the row
-- number (hashint8extended), so the same parameters give the same rows, byte for byte.
--
-- What it makes (default sizes in brackets):
--   members [1,000,000]: display name, tier (regular 70 % / silver 20 % / gold 8 % / vip 2 %),
--     source channel (skewed: package cards and store service first), 0-4 tags out of a
--     vocabulary of 24 with a Zipf-like skew (most common on ~37 % of members, rarest ~3 %),
--     points, phone on 60 %, first/last seen, 10 % invited by an earlier member;
--   identities: one wechat identity each (platform_user_id = 'wxid_' || md5(n)[1..10] || '_' || n,
--     bench/http-bench.mjs rebuilds them with the same formula), a second one on 35 %
--     (wecom, qq or wangwang);
--   groups [15,000]: 70 % wechat, 25 % wecom, 5 % qq; hard limit 350, target 200; 92 % active;
--     10..350 current members each (skewed towards small groups, some full);
--   memberships [3,000,000]: the current ones (about 2.5 M at the default sizes) plus past ones
--     (left or removed) up to the total; a group's members are n = (offset_g + k * P_g) mod members
--     for k = 0, 1, ... with P_g a prime above 2^31, so one group never has the same member
--     twice; chat_group.member_count = its current memberships.
-- Ids are UUIDs with fixed prefixes (members 01910000-, groups 01920000-, memberships 01930000-)
-- followed by the row number: ordered like the product's UUID v7 and never colliding with them.
\set ON_ERROR_STOP on
\if :{?members}
\else
  \set members 1000000
\endif
\if :{?groups}
\else
  \set groups 15000
\endif
\if :{?memberships}
\else
  \set memberships 3000000
\endif
\set ws '\'0190f0e0-0000-7000-8000-000000000001\''
\timing on

-- bulk load: no FK triggers (the rows are consistent by construction, checked at the end)
set session_replication_role = replica;
set maintenance_work_mem = '512MB';
set work_mem = '256MB';

begin;
insert into workspace (workspace_id, name, time_zone, currency, created_at, updated_at)
values (:ws::uuid, '小鹿母婴旗舰店', 'Asia/Shanghai', 'CNY', now(), now())
on conflict do nothing;
insert into workspace_access (workspace_id, access_id, principal_type, client_id, display_name, role, created_at, created_by)
values (:ws::uuid, '0190f0e0-0000-7000-8000-0000000000c1', 'client', 'shequn-partner-demo', 'bench', 'integration', now(), 'bench')
on conflict do nothing;

-- earlier generated rows go first (re-running gives the same database)
delete from membership where workspace_id = :ws::uuid and membership_id between '01930000-0000-7000-8000-000000000000' and '0193ffff-ffff-7fff-bfff-ffffffffffff';
delete from member_identity where workspace_id = :ws::uuid and member_id between '01910000-0000-7000-8000-000000000000' and '0191ffff-ffff-7fff-bfff-ffffffffffff';
delete from chat_group where workspace_id = :ws::uuid and group_id between '01920000-0000-7000-8000-000000000000' and '0192ffff-ffff-7fff-bfff-ffffffffffff';
delete from member where workspace_id = :ws::uuid and member_id between '01910000-0000-7000-8000-000000000000' and '0191ffff-ffff-7fff-bfff-ffffffffffff';

create temporary table bench_tag (i int primary key, name text) on commit drop;
insert into bench_tag values
 (0, '宝妈'), (1, '新客'), (2, '复购'), (3, '孕期'), (4, '0-1岁'), (5, '1-3岁'), (6, '奶粉'), (7, '纸尿裤'),
 (8, '高价值'), (9, '价格敏感'), (10, '活跃'), (11, '沉默'), (12, '北京'), (13, '上海'), (14, '广州'), (15, '深圳'),
 (16, '团长'), (17, '会员日'), (18, '早教'), (19, '辅食'), (20, '二胎'), (21, '爸爸'), (22, '试用官'), (23, '投诉过');

-- u(n, seed): a deterministic number in [0, 1)
create or replace function pg_temp.u(n bigint, seed bigint) returns float8 language sql immutable
as $$ select (hashint8extended(n, seed) & 1048575)::float8 / 1048576 $$;

insert into member (workspace_id, member_id, display_name, tier, points, source_channel, invited_by_member_id, phone,
                    tags, first_seen_at, last_seen_at, created_at, updated_at)
select :ws::uuid,
       ('01910000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       '会员' || n,
       case when t < 0.70 then 'regular' when t < 0.90 then 'silver' when t < 0.98 then 'gold' else 'vip' end,
       (pg_temp.u(n, 3) * 5000)::bigint,
       case when c < 0.30 then 'package_card' when c < 0.50 then 'store_service' when c < 0.62 then 'phone_invitation'
            when c < 0.77 then 'referral' when c < 0.85 then 'offline' when c < 0.90 then 'partner_exchange'
            when c < 0.97 then 'content' else 'other' end,
       case when n > 1000 and pg_temp.u(n, 5) < 0.10
            then ('01910000-0000-7000-8000-' || lpad(to_hex(1 + (hashint8extended(n, 6) & 1073741823) % (n - 1)), 12, '0'))::uuid end,
       case when pg_temp.u(n, 7) < 0.60 then '1' || lpad(((hashint8extended(n, 8) & 1073741823) % 10000000000)::text, 10, '0') end,
       coalesce((select array_agg(name order by i) from bench_tag where i in (
                   select floor(24 * power(pg_temp.u(n * 8 + k, 10), 2.2))::int
                   from generate_series(1, case when nt < 0.15 then 0 when nt < 0.45 then 1 when nt < 0.75 then 2
                                                 when nt < 0.90 then 3 else 4 end) k)), '{}'),
       seen,
       seen + make_interval(secs => pg_temp.u(n, 12) * 300 * 86400),
       seen, seen
from (select n, pg_temp.u(n, 1) t, pg_temp.u(n, 2) c, pg_temp.u(n, 9) nt,
             timestamptz '2024-01-01 00:00:00+08' + make_interval(secs => pg_temp.u(n, 11) * 500 * 86400) seen
      from generate_series(1, :members) n) x;

insert into member_identity (workspace_id, platform, platform_user_id, member_id, created_at)
select :ws::uuid, 'wechat', 'wxid_' || substr(md5(n::text), 1, 10) || '_' || n,
       ('01910000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, timestamptz '2024-01-01 00:00:00+08'
from generate_series(1, :members) n
union all
select :ws::uuid, case when s < 0.20 then 'wecom' when s < 0.30 then 'qq' else 'wangwang' end,
       case when s < 0.20 then 'wm' when s < 0.30 then 'qq' else 'ww' end || '_' || substr(md5('2nd' || n), 1, 12) || '_' || n,
       ('01910000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, timestamptz '2024-01-01 00:00:00+08'
from (select n, pg_temp.u(n, 20) s from generate_series(1, :members) n) x
where s < 0.35;

-- group plan: current members cur (10..350, skewed small), past rows so that the total is exact
create temporary table bench_group on commit drop as
select g, least(350, 10 + floor(360 * power(pg_temp.u(g, 30), 1.3)))::int cur,
       (hashint8extended(g, 31) & 1073741823) % :members offs,
       (array[2147483647, 2147483629, 2147483587, 2147483579, 2147483563, 2147483549, 2147483543, 2147483497])[1 + g % 8]::bigint p
from generate_series(1, :groups) g;
alter table bench_group add column past int;
with t as (select :memberships::bigint - sum(cur) r from bench_group)
update bench_group set past = (t.r * g / :groups - t.r * (g - 1) / :groups)::int from t;
do $$ begin
  if (select min(past) from bench_group) < 0 then raise exception 'memberships is smaller than the current memberships'; end if;
end $$;

insert into chat_group (workspace_id, group_id, name, platform, platform_group_id, purpose, entry_threshold, tags, status,
                        hard_limit, target_size, member_count, created_at, updated_at)
select :ws::uuid, ('01920000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid,
       '小鹿妈妈福利群 ' || g,
       case when pf < 0.70 then 'wechat' when pf < 0.95 then 'wecom' else 'qq' end,
       'bench-g' || g,
       (array['deals', 'deals', 'deals', 'vip', 'learning', 'interest', 'other'])[1 + (hashint8extended(g, 32) & 1023) % 7],
       (array['none', 'none', 'purchase', 'follow', 'invitation'])[1 + (hashint8extended(g, 33) & 1023) % 5],
       case when pg_temp.u(g, 34) < 0.5 then '{}'::varchar(50)[] else array[(select name from bench_tag where i = (hashint8extended(g, 35) & 1023) % 8)]::varchar(50)[] end,
       case when st < 0.92 then 'active' when st < 0.98 then 'dormant' else 'archived' end,
       350, 200, cur,
       timestamptz '2024-01-01 00:00:00+08' + make_interval(secs => pg_temp.u(g, 36) * 400 * 86400),
       timestamptz '2024-01-01 00:00:00+08' + make_interval(secs => pg_temp.u(g, 36) * 400 * 86400)
from (select g, cur, pg_temp.u(g, 37) pf, pg_temp.u(g, 38) st from bench_group) x;

-- memberships: k < cur are current, cur <= k < cur + past have left
insert into membership (workspace_id, membership_id, group_id, member_id, role, joined_at, join_channel, left_at, left_reason)
select :ws::uuid,
       ('01930000-0000-7000-8000-' || lpad(to_hex(row_number() over (order by g, k)), 12, '0'))::uuid,
       ('01920000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid,
       ('01910000-0000-7000-8000-' || lpad(to_hex(1 + (offs + k * p) % :members), 12, '0'))::uuid,
       case when k = 0 then 'owner' when k < 3 then 'admin' when k < 8 then 'opinion_leader' else 'member' end,
       joined,
       case when jc < 0.35 then 'package_card' when jc < 0.55 then 'store_service' when jc < 0.85 then 'referral' else 'content' end,
       case when k >= cur then joined + make_interval(secs => 3600 + pg_temp.u(g * 1000 + k, 42) * 90 * 86400) end,
       case when k >= cur then case when pg_temp.u(g * 1000 + k, 43) < 0.8 then 'left' else 'removed' end end
from (select g, k, cur, offs, p, pg_temp.u(g * 1000 + k, 41) jc,
             timestamptz '2024-01-01 00:00:00+08' + make_interval(secs => pg_temp.u(g * 1000 + k, 40) * 500 * 86400) joined
      from bench_group, generate_series(0, cur + past - 1) k) x;
commit;

reset session_replication_role;
vacuum analyze workspace_access;
vacuum analyze member;
vacuum analyze member_identity;
vacuum analyze chat_group;
vacuum analyze membership;

-- consistency checks (each must print 0)
\echo 'checks, each 0:'
select count(*) as memberships_without_member from membership s where s.workspace_id = :ws::uuid
   and not exists (select 1 from member m where m.workspace_id = s.workspace_id and m.member_id = s.member_id);
select count(*) as groups_over_350 from (select group_id from membership where workspace_id = :ws::uuid and left_at is null
   group by group_id having count(*) > 350) x;
select count(*) as groups_with_wrong_member_count from chat_group g where g.workspace_id = :ws::uuid and g.member_count <>
   (select count(*) from membership s where s.workspace_id = g.workspace_id and s.group_id = g.group_id and s.left_at is null);
select (select count(*) from member where workspace_id = :ws::uuid) members,
       (select count(*) from member_identity where workspace_id = :ws::uuid) identities,
       (select count(*) from chat_group where workspace_id = :ws::uuid) groups,
       (select count(*) from membership where workspace_id = :ws::uuid) memberships,
       (select count(*) from membership where workspace_id = :ws::uuid and left_at is null) current_memberships;
