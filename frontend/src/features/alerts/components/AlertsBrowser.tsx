import { Button, Card, Flex, Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { CHECK_KIND, type CheckName } from '@/lib/figures';
import { formatDateTime } from '@/lib/format';
import { ALERTS_PAGE_SIZE, useAlerts, type Alert, type AlertState } from '../api/list-alerts';
import { AlertFigures, AlertKindLabel, AlertStateInfo } from './AlertParts';
import { ResolveAlertDialog } from './ResolveAlertDialog';

type StateFilter = AlertState | 'all';
/** over_capacity and the health checks (openapi.yaml, Alert.kind). */
const ALERT_KINDS = Object.keys(CHECK_KIND) as (CheckName | 'over_capacity')[];
const STATE_FILTERS: StateFilter[] = ['open', 'resolved', 'all'];

interface Props {
  workspaceId: string;
  timeZone: string;
  currency: string;
  /** Owners, admins and operators may resolve. */
  canResolve: boolean;
  /** The workspace's groups, for the filter and the names (alerts carry only the id). */
  groups: readonly { id: string; name: string }[];
  groupsLoading?: boolean;
  /** A person's name from an actor key ("user:<subject>"), when known. */
  actorName?: (actor: string) => string | undefined;
}

/**
 * Every alert of the workspace, open or resolved, newest first, filtered by state, kind and
 * group, page by page. Filters and the page's cursor live in the URL (?state=&kind=&group=&cursor=),
 * so a filtered view can be shared and the browser's Back button goes to the page before.
 */
export function AlertsBrowser({ workspaceId, timeZone, currency, canResolve, groups, groupsLoading, actorName }: Props) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [resolving, setResolving] = useState<Alert | null>(null);

  const stateParam = params.get('state');
  const state: StateFilter = STATE_FILTERS.includes(stateParam as StateFilter) ? (stateParam as StateFilter) : 'open';
  const kind = params.get('kind') ?? undefined;
  const groupId = params.get('group') ?? undefined;
  const cursor = params.get('cursor') ?? undefined;
  const { data, error, isPending, isFetching, refetch } = useAlerts(workspaceId, {
    state: state === 'all' ? undefined : state,
    kind,
    groupId,
    cursor,
    limit: ALERTS_PAGE_SIZE,
  });
  const names = new Map(groups.map((g) => [g.id, g.name] as const));
  const groupName = (id: string) => names.get(id) ?? id;
  const filtered = state !== 'open' || Boolean(kind) || Boolean(groupId);

  /** A filter change starts again from the first page. */
  const setFilter = (name: 'state' | 'kind' | 'group', value: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(name, value);
      else next.delete(name);
      next.delete('cursor');
      return next;
    });
  const goTo = (nextCursor: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (nextCursor) next.set('cursor', nextCursor);
      else next.delete('cursor');
      return next;
    });

  const raisedTitle = t('alerts.raisedAt', { timeZone });
  const resolveButton = (a: Alert) =>
    canResolve && a.state === 'open' ? (
      <Button size="small" onClick={() => setResolving(a)}>
        {t('alerts.resolve')}
      </Button>
    ) : null;
  const items = data?.items ?? [];
  const emptyText = filtered ? t('alerts.emptyFiltered') : t('alerts.empty');

  return (
    <Card data-testid="alerts-browser">
      <Flex vertical gap={16}>
        {!canResolve && <Typography.Text type="secondary">{t('alerts.readOnly')}</Typography.Text>}
        <Flex wrap gap={12} align="center" data-testid="alert-filters">
          <Segmented<StateFilter>
            aria-label={t('alerts.filters.state')}
            value={state}
            onChange={(value) => setFilter('state', value === 'open' ? undefined : value)}
            options={STATE_FILTERS.map((value) => ({
              value,
              label: value === 'all' ? t('alerts.filters.all') : t(`alerts.${value}`),
            }))}
          />
          <Select<string>
            aria-label={t('alerts.filters.kind')}
            value={kind ?? ''}
            onChange={(value) => setFilter('kind', value || undefined)}
            style={{ minWidth: 180 }}
            options={[
              { value: '', label: t('alerts.filters.anyKind') },
              ...ALERT_KINDS.map((k) => ({ value: k, label: t(`figures.checks.${k}`) })),
            ]}
          />
          <Select<string>
            aria-label={t('alerts.filters.group')}
            value={groupId ?? ''}
            loading={groupsLoading}
            onChange={(value) => setFilter('group', value || undefined)}
            style={{ minWidth: 200 }}
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: '', label: t('alerts.filters.anyGroup') },
              ...groups.map((g) => ({ value: g.id, label: g.name })),
            ]}
          />
          {filtered && (
            <Button type="link" onClick={() => setParams(new URLSearchParams())}>
              {t('alerts.filters.reset')}
            </Button>
          )}
        </Flex>
        {error ? (
          <ProblemAlert error={error} title={t('alerts.loadError')} onRetry={() => void refetch()} />
        ) : (
          <ResponsiveTable<Alert>
            data-testid="alert-list"
            cardTitle={(a) => (
              <>
                <AlertKindLabel kind={a.kind} /> · {groupName(a.groupId)}
              </>
            )}
            cardActions={(a) => resolveButton(a)}
            size="middle"
            rowKey="id"
            loading={isPending || isFetching}
            pagination={false}
            dataSource={items}
            locale={{ emptyText }}
            columns={[
              { key: 'kind', title: t('alerts.kind'), hideOnPhone: true, render: (_, a) => <AlertKindLabel kind={a.kind} /> },
              { key: 'group', title: t('alerts.group'), hideOnPhone: true, render: (_, a) => groupName(a.groupId) },
              {
                key: 'raisedAt',
                title: raisedTitle,
                render: (_, a) => formatDateTime(a.raisedAt, i18n.language, timeZone),
              },
              {
                key: 'value',
                title: t('alerts.valueVsThreshold'),
                render: (_, a) => <AlertFigures alert={a} currency={currency} />,
              },
              {
                key: 'state',
                title: t('alerts.state'),
                width: '30%',
                render: (_, a) => <AlertStateInfo alert={a} timeZone={timeZone} actorName={actorName} />,
              },
              ...(canResolve
                ? [{ key: 'actions', title: t('alerts.actions'), hideOnPhone: true, render: (_: unknown, a: Alert) => resolveButton(a) }]
                : []),
            ]}
          />
        )}
        <Space>
          {cursor && <Button onClick={() => goTo(undefined)}>{t('alerts.paging.first')}</Button>}
          {data?.nextCursor && (
            <Button type="primary" ghost onClick={() => goTo(data.nextCursor ?? undefined)}>
              {t('alerts.paging.next')}
            </Button>
          )}
        </Space>
      </Flex>
      {canResolve && (
        <ResolveAlertDialog
          workspaceId={workspaceId}
          alert={resolving}
          groupName={resolving ? groupName(resolving.groupId) : undefined}
          onClose={() => setResolving(null)}
        />
      )}
    </Card>
  );
}
