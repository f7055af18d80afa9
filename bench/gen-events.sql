-- Deterministic event generator for the "metrics at 10M events" benchmark (issue 5).
--
--   psql -v events=10000000 -v days=180 -f bench/gen-events.sql postgresql://postgres:postgres@127.0.0.1:54349/shequn
--
-- Runs after bench/gen-members.sql (1M members, 15k groups) in the demo workspace
-- 0190f0e0-0000-7000-8000-000000000001. No random(): every value is a hash of the event number.
--   - each event is made by a current member of its group (a current membership drawn
--     uniformly, so big groups get more events);
--   - occurred_at uniform over `days` local days ending 2026-11-27 (Asia/Shanghai);
--   - types: message 55 %, check_in 10 %, coupon_issued 6 %, share 5 %, red_packet_claimed 4 %,
--     order_placed 3 %, ugc_post 3 %, coupon_redeemed 2.5 %, invite_sent 2 %, question_asked 2 %,
--     question_answered 2 % (answers the question asked by the event 1-50 numbers before, if
--     that one was a question), invite_accepted 1.5 %, game_played 2 %, lecture_attended 2 %;
--   - amounts 1.00-500.00, 3 % of them in HKD;
--   - ids: event_id '01940000-...' || n; platform event id 'bench-e' || n.
-- Inserted in chunks of 1M (COPY-free: INSERT ... SELECT, the fastest path from SQL), then the
-- rollups are built by metric_rebuild(), the same definitions as the ingestion path.
\set ON_ERROR_STOP on
\if :{?events}
\else
  \set events 10000000
\endif
\if :{?days}
\else
  \set days 180
\endif
\set ws '\'0190f0e0-0000-7000-8000-000000000001\''
\timing on
set maintenance_work_mem = '512MB';
set work_mem = '256MB';

create or replace function pg_temp.u(n bigint, seed bigint) returns float8 language sql immutable
as $$ select (hashint8extended(n, seed) & 1048575)::float8 / 1048576 $$;

-- earlier generated events go first (re-running gives the same database)
delete from event where workspace_id = :ws::uuid and event_id between '01940000-0000-7000-8000-000000000000' and '0194ffff-ffff-7fff-bfff-ffffffffffff';

create temporary table cm as
select row_number() over (order by membership_id) as i, group_id, member_id
  from membership where workspace_id = :ws::uuid and left_at is null;
alter table cm add primary key (i);
analyze cm;
select count(*) as current_memberships from cm \gset

do $$ begin raise notice 'generating events'; end $$;
select format('insert into event (workspace_id, event_id, occurred_at, received_at, type, group_id, member_id, platform,
                    platform_event_id, amount_minor, currency, related_member_id, question_key, staff, late)
select %L::uuid,
       (''01940000-0000-7000-8000-'' || lpad(to_hex(n), 12, ''0''))::uuid,
       at, at + interval ''2 seconds'', type, cm.group_id, cm.member_id, ''wechat'', ''bench-e'' || n,
       case when type in (''order_placed'', ''red_packet_claimed'') then 100 + (pg_temp.u(n, 3) * 49900)::bigint end,
       case when type in (''order_placed'', ''red_packet_claimed'') then case when pg_temp.u(n, 4) < 0.03 then ''HKD'' else ''CNY'' end end,
       case when type = ''invite_accepted'' then (''01910000-0000-7000-8000-'' || lpad(to_hex(1 + (hashint8extended(n, 5) & 1048575) %% 1000000), 12, ''0''))::uuid end,
       case when type = ''question_asked'' then ''bench-e'' || n
            when type = ''question_answered'' then ''bench-e'' || (n - 1 - (hashint8extended(n, 6) & 1023) %% 50) end,
       false, false
  from (select n,
               timestamptz ''2026-11-28 00:00:00+08'' - make_interval(secs => pg_temp.u(n, 1) * %s * 86400) as at,
               case when t < 0.55 then ''message'' when t < 0.65 then ''check_in'' when t < 0.71 then ''coupon_issued''
                    when t < 0.76 then ''share'' when t < 0.80 then ''red_packet_claimed'' when t < 0.83 then ''order_placed''
                    when t < 0.86 then ''ugc_post'' when t < 0.885 then ''coupon_redeemed'' when t < 0.905 then ''invite_sent''
                    when t < 0.925 then ''question_asked'' when t < 0.945 then ''question_answered''
                    when t < 0.96 then ''invite_accepted'' when t < 0.98 then ''game_played'' else ''lecture_attended'' end as type,
               1 + (hashint8extended(n, 2) & 2147483647) %% %s as i
          from (select n, pg_temp.u(n, 7) as t from generate_series(%s::bigint, %s::bigint) n) g) x
  join cm on cm.i = x.i',
  :ws, :days, :current_memberships, c * 1000000 + 1, least((c + 1) * 1000000, :events))
from generate_series(0, (:events - 1) / 1000000) c \gexec

-- questions are linked by platform event id: an answer whose "question" was not a question
-- stays an answer without a question (the question table keeps it, as the ingestion would)
analyze event;
do $$ begin raise notice 'building the rollups'; end $$;
begin isolation level repeatable read; -- metric_rebuild() reads the events and drops the queue in one snapshot
select metric_rebuild(:ws::uuid);
commit;
analyze metric_day;
analyze member_day;
analyze distinct_hist;
analyze question;
analyze presence_delta;

select (select count(*) from event where workspace_id = :ws::uuid) as events,
       (select count(*) from metric_day where workspace_id = :ws::uuid) as metric_day_rows,
       (select count(*) from member_day where workspace_id = :ws::uuid) as member_day_rows,
       (select count(*) from distinct_hist where workspace_id = :ws::uuid) as distinct_hist_rows,
       (select count(*) from question where workspace_id = :ws::uuid) as question_rows,
       (select count(*) from presence_delta where workspace_id = :ws::uuid) as presence_delta_rows;
