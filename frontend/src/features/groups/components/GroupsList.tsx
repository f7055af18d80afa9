import { EditOutlined, FilterOutlined, InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Input, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Figure } from '@/components/Figure';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable, type ResponsiveColumn } from '@/components/ResponsiveTable';
import { presetRange } from '@/lib/day-range';
import { useWideScreen } from '@/lib/use-media-query';
import { formatCount, formatFigure } from '@/lib/figures';
import { useGroupRanking, type RankedGroup, type RankingMetric } from '../api/get-group-ranking';
import type { Group } from '../api/list-groups';
import { useSeriesList } from '../api/list-series';
import { GROUP_SORTS, useSearchGroups } from '../api/search-groups';
import { useUpdateGroup } from '../api/update-group';
import { GROUPS_LIST_PAGE, readListParams, toGroupQuery, writeListParams, type ListParams } from '../utils/list-params';
import { PLATFORMS, PURPOSES, STATUSES, STATUS_COLORS } from '../utils/options';
import { defaultOrder, RANKING_METRIC_KIND, RANKING_METRICS } from '../utils/ranking';
import { CapacityBar } from './CapacityBar';
import { GroupFormDrawer } from './GroupFormDrawer';
import { HealthScore } from './HealthScore';

interface Props {
  workspaceId: string;
  /** The workspace's time zone (days of the health score and ranking); they wait for it. */
  timeZone: string | undefined;
  currency: string;
  /** Owners, admins and operators create, edit and archive; analysts only read. */
  canEdit: boolean;
  /** Where a group's page is. */
  groupHref: (groupId: string) => string;
}

/**
 * The workspace's groups: filters, sort and cursor in the URL (shareable, back button works),
 * capacity and health score per group, create / edit / archive for those who may. Sorting by a
 * figure switches to the group ranking of the last 30 days.
 */
export function GroupsList({ workspaceId, timeZone, currency, canEdit, groupHref }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { message } = App.useApp();
  const [search, setSearch] = useSearchParams();
  const params = readListParams(search);
  const range = useMemo(() => (timeZone ? presetRange('last30', timeZone) : undefined), [timeZone]);
  const [editing, setEditing] = useState<{ groupId?: string } | null>(null);
  // phones: the filters other than the search fold behind a button
  const wide = useWideScreen();
  const [showFilters, setShowFilters] = useState(false);

  const list = useSearchGroups(workspaceId, toGroupQuery(params), !params.rank);
  const ranking = useGroupRanking(
    workspaceId,
    {
      from: range?.from ?? '',
      to: range?.to ?? '',
      metric: params.rank ?? 'activeShare',
      order: defaultOrder(params.rank ?? 'activeShare'),
      limit: GROUPS_LIST_PAGE,
      cursor: params.cursor,
    },
    Boolean(params.rank && range),
  );
  const series = useSeriesList(workspaceId);
  const archive = useUpdateGroup(workspaceId);

  /** A new state: any change of filter or sort goes back to the first page. */
  const change = (next: Partial<ListParams>, keepCursor = false) =>
    setSearch(writeListParams({ ...params, ...next, ...(keepCursor ? {} : { cursor: undefined }) }));

  const nameCell = (id: string, name: string, sub?: string | null) => (
    <Flex vertical gap={0} style={{ minWidth: 0 }}>
      <Link to={groupHref(id)}>{name}</Link>
      {sub && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {sub}
        </Typography.Text>
      )}
    </Flex>
  );

  const actions = (g: Group) =>
    canEdit && (
      <Space size={4}>
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ groupId: g.id })} aria-label={`${t('groups.list.edit')} ${g.name}`}>
          {t('groups.list.edit')}
        </Button>
        {g.status !== 'archived' && (
          <Popconfirm
            title={t('groups.list.archiveConfirm', { name: g.name })}
            onConfirm={() =>
              archive.mutateAsync({ groupId: g.id, changes: { status: 'archived' } }).then(
                () => void message.success(t('groups.list.archived', { name: g.name })),
                () => void message.error(t('groups.list.archiveError')),
              )
            }
          >
            <Button size="small" danger icon={<InboxOutlined />} aria-label={`${t('groups.list.archive')} ${g.name}`}>
              {t('groups.list.archive')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    );

  const groupColumns: ResponsiveColumn<Group>[] = [
    {
      key: 'name',
      title: t('groups.list.name'),
      hideOnPhone: true,
      render: (_, g) => nameCell(g.id, g.name, g.platformGroupId),
    },
    { key: 'platform', title: t('groups.list.platform'), render: (_, g) => t(`platform.${g.platform}`) },
    { key: 'purpose', title: t('groups.list.purpose'), render: (_, g) => t(`groups.enums.purpose.${g.purpose}`) },
    {
      key: 'status',
      title: t('groups.list.status'),
      render: (_, g) => <Tag color={STATUS_COLORS[g.status]}>{t(`groups.enums.status.${g.status}`)}</Tag>,
    },
    {
      key: 'members',
      title: t('groups.list.members'),
      render: (_, g) => <CapacityBar memberCount={g.memberCount} targetSize={g.targetSize} hardLimit={g.hardLimit} />,
    },
    {
      key: 'health',
      title: t('groups.list.health'),
      render: (_, g) => <HealthScore workspaceId={workspaceId} groupId={g.id} range={range} />,
    },
    {
      key: 'tags',
      title: t('groups.list.tags'),
      render: (_, g) => (
        <Flex wrap gap={4}>
          {g.tags.map((tag) => (
            <Tag key={tag} style={{ marginInlineEnd: 0 }}>
              {tag}
            </Tag>
          ))}
        </Flex>
      ),
    },
    ...(canEdit
      ? [{ key: 'actions', title: t('groups.list.actions'), hideOnPhone: true, render: (_: unknown, g: Group) => actions(g) }]
      : []),
  ];

  const rankColumns: ResponsiveColumn<RankedGroup>[] = [
    { key: 'rank', title: t('groups.list.rank'), dataIndex: 'rank', width: 72 },
    { key: 'name', title: t('groups.list.name'), hideOnPhone: true, render: (_, g) => nameCell(g.groupId, g.name) },
    {
      key: 'value',
      title: params.rank ? t(`figures.names.${params.rank}`) : t('groups.list.value'),
      align: 'right',
      render: (_, g) => <Figure value={formatFigure(RANKING_METRIC_KIND[params.rank ?? 'activeShare'], g.value, lng, currency)} />,
    },
    { key: 'membersAtEnd', title: t('groups.ranking.membersAtEnd'), align: 'right', render: (_, g) => formatCount(g.membersAtEnd, lng) },
    {
      key: 'health',
      title: t('groups.list.health'),
      render: (_, g) => <HealthScore workspaceId={workspaceId} groupId={g.groupId} range={range} />,
    },
  ];

  const active = params.rank ? ranking : list;
  const nextCursor = active.data?.nextCursor ?? null;
  const activeFilters = [params.platform, params.purpose, params.status, params.tag, params.series, params.mine].filter(Boolean).length;
  const filtered = Boolean(params.q) || activeFilters > 0;

  return (
    <Card
      title={t('groups.list.title')}
      data-testid="groups-list"
      extra={
        canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('groups.list.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        <Flex wrap gap={8} data-testid="group-filters">
          <Input.Search
            allowClear
            aria-label={t('groups.list.search')}
            placeholder={t('groups.list.search')}
            defaultValue={params.q}
            key={params.q ?? ''}
            onSearch={(q) => change({ q: q.trim() || undefined, rank: undefined })}
            style={{ flex: '2 1 220px' }}
            disabled={Boolean(params.rank)}
          />
          {!wide && (
            <Button
              icon={<FilterOutlined />}
              aria-expanded={showFilters}
              onClick={() => setShowFilters((v) => !v)}
              data-testid="toggle-filters"
            >
              {t('groups.list.filters', { count: activeFilters })}
            </Button>
          )}
          {(wide || showFilters) && (
            <>
              <Select
                allowClear
                aria-label={t('groups.list.platform')}
                placeholder={t('groups.list.anyPlatform')}
                value={params.platform}
                onChange={(platform) => change({ platform })}
                options={PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))}
                style={{ flex: '1 1 130px' }}
                disabled={Boolean(params.rank)}
              />
              <Select
                allowClear
                aria-label={t('groups.list.purpose')}
                placeholder={t('groups.list.anyPurpose')}
                value={params.purpose}
                onChange={(purpose) => change({ purpose })}
                options={PURPOSES.map((p) => ({ value: p, label: t(`groups.enums.purpose.${p}`) }))}
                style={{ flex: '1 1 130px' }}
                disabled={Boolean(params.rank)}
              />
              <Select
                allowClear
                aria-label={t('groups.list.status')}
                placeholder={t('groups.list.anyStatus')}
                value={params.status}
                onChange={(status) => change({ status })}
                options={STATUSES.map((p) => ({ value: p, label: t(`groups.enums.status.${p}`) }))}
                style={{ flex: '1 1 130px' }}
                disabled={Boolean(params.rank)}
              />
              <Input
                allowClear
                aria-label={t('groups.list.tag')}
                placeholder={t('groups.list.tag')}
                defaultValue={params.tag}
                key={`tag-${params.tag ?? ''}`}
                onPressEnter={(e) => change({ tag: e.currentTarget.value.trim() || undefined })}
                onBlur={(e) => {
                  const tag = e.currentTarget.value.trim() || undefined;
                  if (tag !== params.tag) change({ tag });
                }}
                style={{ flex: '1 1 120px' }}
                disabled={Boolean(params.rank)}
              />
              <Select
                allowClear
                aria-label={t('groups.list.series')}
                placeholder={t('groups.list.anySeries')}
                value={params.series}
                loading={series.isPending}
                onChange={(value) => change({ series: value })}
                options={(series.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
                style={{ flex: '1 1 160px' }}
                disabled={Boolean(params.rank)}
              />
              <Checkbox checked={Boolean(params.mine)} onChange={(e) => change({ mine: e.target.checked || undefined })} disabled={Boolean(params.rank)}>
                {t('groups.list.mine')}
              </Checkbox>
            </>
          )}
        </Flex>
        <Flex wrap gap={8} align="center">
          <Select
            aria-label={t('groups.list.sort')}
            value={params.sort ?? '-createdAt'}
            onChange={(sort) => change({ sort, rank: undefined })}
            options={GROUP_SORTS.map((s) => ({ value: s, label: t(`groups.list.sorts.${s}`) }))}
            style={{ flex: '1 1 150px', maxWidth: 220 }}
            disabled={Boolean(params.rank)}
          />
          <Select<RankingMetric>
            allowClear
            aria-label={t('groups.list.rankBy')}
            placeholder={t('groups.list.rankBy')}
            value={params.rank}
            onChange={(rank) => change({ rank })}
            showSearch={{ optionFilterProp: 'label' }}
            options={RANKING_METRICS.map((m) => ({ value: m, label: t(`figures.names.${m}`) }))}
            style={{ flex: '1 1 200px', maxWidth: 280 }}
          />
          {filtered && !params.rank && (
            <Button type="link" onClick={() => setSearch(writeListParams({ sort: params.sort }))}>
              {t('groups.list.reset')}
            </Button>
          )}
        </Flex>
        {params.rank ? (
          <Alert type="info" showIcon title={t('groups.list.rankHint', { from: range?.from ?? '', to: range?.to ?? '' })} />
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('groups.list.notSupported')}
          </Typography.Text>
        )}
        {!canEdit && (
          <Typography.Text type="secondary" data-testid="groups-read-only">
            {t('groups.list.readOnly')}
          </Typography.Text>
        )}
        {active.error ? (
          <ProblemAlert error={active.error} title={t('groups.list.loadError')} />
        ) : params.rank ? (
          <ResponsiveTable<RankedGroup>
            data-testid="groups-table"
            size="small"
            rowKey="groupId"
            loading={ranking.isFetching}
            pagination={false}
            dataSource={ranking.data?.items ?? []}
            columns={rankColumns}
            cardTitle={(g) => nameCell(g.groupId, g.name)}
            locale={{ emptyText: t('groups.list.empty') }}
          />
        ) : (
          <ResponsiveTable<Group>
            data-testid="groups-table"
            size="small"
            rowKey="id"
            loading={list.isFetching}
            pagination={false}
            dataSource={list.data?.items ?? []}
            columns={groupColumns}
            cardTitle={(g) => nameCell(g.id, g.name, g.platformGroupId)}
            cardActions={canEdit ? actions : undefined}
            locale={{ emptyText: t('groups.list.empty') }}
            scroll={{ x: 'max-content' }}
          />
        )}
        <Flex justify="flex-end" gap={8}>
          <Button disabled={!params.cursor} onClick={() => change({ cursor: undefined })}>
            {t('groups.list.firstPage')}
          </Button>
          <Button disabled={!nextCursor} onClick={() => change({ cursor: nextCursor ?? undefined }, true)} data-testid="next-page">
            {t('groups.list.nextPage')}
          </Button>
        </Flex>
      </Flex>
      <GroupFormDrawer
        workspaceId={workspaceId}
        open={editing !== null}
        groupId={editing?.groupId}
        onClose={() => setEditing(null)}
      />
    </Card>
  );
}
