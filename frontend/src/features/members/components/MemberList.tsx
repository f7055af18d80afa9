import { Button, Card, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useWideScreen } from '@/lib/use-media-query';
import { MEMBERS_PAGE_SIZE, useMembers, type Member } from '../api/list-members';
import { readFilter, toQuery, writeFilter, type MemberFilterValues } from '../utils/filter';
import { formatInZone } from '../utils/format';
import { BulkTagDialog, type BulkTagScope } from './BulkTagDialog';
import { MemberFilters } from './MemberFilters';
import { MemberName } from './MemberName';

interface Props {
  workspaceId: string;
  timeZone: string;
  /** Owners, admins and operators tag members; analysts only read. */
  canEdit: boolean;
  groups: { id: string; name: string }[];
  memberHref: (memberId: string) => string;
  /** Controls the page adds to the filter bar (saved segments). */
  filterExtra?: ReactNode;
  /** Actions the page adds next to the bulk actions (save as segment, export). */
  actions?: (filter: MemberFilterValues) => ReactNode;
}

/**
 * The members a filter matches, one cursor page at a time. Filter and cursor live in the URL,
 * so a list can be shared, reloaded and walked back with the browser.
 */
export function MemberList({ workspaceId, timeZone, canEdit, groups, memberHref, filterExtra, actions }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const cursor = params.get('cursor') ?? undefined;
  const query = { ...toQuery(filter), limit: MEMBERS_PAGE_SIZE, ...(cursor ? { cursor } : {}) };
  const { data, error, isPending, isFetching } = useMembers(workspaceId, query);
  const [selected, setSelected] = useState<string[]>([]);
  const [bulk, setBulk] = useState<BulkTagScope | null>(null);
  // phones get cards with the same facts (no sideways scrolling)
  const narrow = !useWideScreen();
  const groupNames = useMemo(() => new Map(groups.map((g) => [g.id, g.name])), [groups]);

  const changeFilter = (values: MemberFilterValues) => {
    setSelected([]);
    setParams(writeFilter(params, values));
  };
  const goTo = (next: string | undefined) => {
    const p = new URLSearchParams(params);
    if (next) p.set('cursor', next);
    else p.delete('cursor');
    setSelected([]);
    setParams(p);
  };
  const items = data?.items ?? [];
  const groupName = filter.groupId ? groupNames.get(filter.groupId) : undefined;

  const identities = (m: Member) =>
    m.identities.map((i) => (
      <div key={`${i.platform}:${i.platformUserId}`}>
        <Typography.Text type="secondary">{t(`platform.${i.platform}`)}</Typography.Text>{' '}
        <Typography.Text copyable={{ text: i.platformUserId }} style={{ wordBreak: 'break-all' }}>
          {i.platformUserId}
        </Typography.Text>
      </div>
    ));
  const tags = (m: Member) => (
    <Flex wrap gap={4}>
      {m.staff && <Tag color="blue">{t('members.staff')}</Tag>}
      {m.tags.map((tag) => (
        <Tag key={tag}>{tag}</Tag>
      ))}
    </Flex>
  );

  return (
    <Flex vertical gap={16}>
      <MemberFilters workspaceId={workspaceId} values={filter} onChange={changeFilter} groups={groups} extra={filterExtra} />
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Text type="secondary" data-testid="member-filter-summary">
          {groupName ? t('members.list.inGroup', { name: groupName }) : t('members.list.all')}
        </Typography.Text>
        <Space wrap>
          {canEdit && (
            <>
              <Button disabled={selected.length === 0} onClick={() => setBulk({ kind: 'ids', memberIds: selected })}>
                {t('members.bulk.tagSelected', { count: selected.length })}
              </Button>
              <Button onClick={() => setBulk({ kind: 'filter', filter })}>{t('members.bulk.tagFilter')}</Button>
            </>
          )}
          {actions?.(filter)}
        </Space>
      </Flex>
      {error && <ProblemAlert error={error} title={t('members.list.loadError')} />}
      {narrow ? (
        <Flex vertical gap={8} data-testid="member-cards">
          {isPending && <Card loading />}
          {!isPending && items.length === 0 && <Empty description={t('members.list.empty')} />}
          {items.map((m) => (
            <Card key={m.id} size="small" title={<Link to={memberHref(m.id)}><MemberName name={m.displayName} /></Link>}>
              {identities(m)}
              <div style={{ marginTop: 4 }}>{tags(m)}</div>
              {m.phone && <div>{t('members.fields.phone')}: {m.phone}</div>}
              <Typography.Text type="secondary">
                {t('members.fields.lastSeenAt')}: {formatInZone(m.lastSeenAt, lng, timeZone) || '—'}
              </Typography.Text>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<Member>
          data-testid="member-table"
          size="small"
          rowKey="id"
          loading={isPending || isFetching}
          pagination={false}
          dataSource={items}
          locale={{ emptyText: <Empty description={t('members.list.empty')} /> }}
          rowSelection={
            canEdit
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys as string[]),
                  getCheckboxProps: (m) => ({ 'aria-label': m.displayName ?? m.id }),
                }
              : undefined
          }
          columns={[
            {
              key: 'name',
              title: t('members.fields.displayName'),
              render: (_, m) => <Link to={memberHref(m.id)}><MemberName name={m.displayName} /></Link>,
            },
            { key: 'identities', title: t('members.fields.identities'), render: (_, m) => identities(m) },
            { key: 'tags', title: t('members.fields.tags'), render: (_, m) => tags(m) },
            { key: 'tier', title: t('members.fields.tier'), render: (_, m) => m.tier ?? '' },
            {
              key: 'channel',
              title: t('members.fields.sourceChannel'),
              render: (_, m) => (m.sourceChannel ? t(`members.channel.${m.sourceChannel}`) : ''),
            },
            { key: 'phone', title: t('members.fields.phone'), render: (_, m) => m.phone ?? '' },
            {
              key: 'lastSeenAt',
              title: t('members.fields.lastSeenAtZone', { timeZone }),
              render: (_, m) => formatInZone(m.lastSeenAt, lng, timeZone),
            },
          ]}
        />
      )}
      <Flex gap={8} justify="flex-end">
        <Button disabled={!cursor} onClick={() => goTo(undefined)}>
          {t('members.list.firstPage')}
        </Button>
        <Button type="primary" ghost disabled={!data?.nextCursor} onClick={() => goTo(data?.nextCursor ?? undefined)}>
          {t('members.list.nextPage')}
        </Button>
      </Flex>
      {bulk && (
        <BulkTagDialog
          workspaceId={workspaceId}
          scope={bulk}
          onClose={(done) => {
            setBulk(null);
            if (done) setSelected([]);
          }}
        />
      )}
    </Flex>
  );
}
