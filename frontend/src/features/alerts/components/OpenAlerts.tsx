import { App, Button, Card, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/format';
import { ALERTS_PAGE_SIZE, useAlerts, type Alert } from '../api/list-alerts';
import { useResolveAlert } from '../api/resolve-alert';
import { formatFigure } from '@/lib/figures';
import { CHECK_KIND, isKnownCheck } from '@/lib/figures';
import { Figure } from '@/components/Figure';

interface Props {
  workspaceId: string;
  /** Only this group's alerts; all when absent. */
  groupId?: string;
  /** Names of the groups by id (alerts carry only the id). */
  groupNames: ReadonlyMap<string, string>;
  currency: string;
  /** Owners, admins and operators may resolve; analysts only read. */
  canResolve: boolean;
}

/** Open alerts, newest first, with "resolve" for roles that may write. */
export function OpenAlerts({ workspaceId, groupId, groupNames, currency, canResolve }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { data, error, isPending } = useAlerts(workspaceId, { state: 'open', groupId, limit: ALERTS_PAGE_SIZE });
  const resolve = useResolveAlert(workspaceId);
  const lng = i18n.language;
  const fmt = (a: Alert, v: number | null) => formatFigure(isKnownCheck(a.kind) ? CHECK_KIND[a.kind] : 'decimal', v, lng, currency);

  return (
    <Card title={t('metrics.alerts.title')} data-testid="open-alerts">
      {!canResolve && (
        <Typography.Paragraph type="secondary">{t('metrics.alerts.readOnly')}</Typography.Paragraph>
      )}
      {resolve.error && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={resolve.error} title={t('metrics.alerts.resolveError')} />
        </div>
      )}
      {error ? (
        <ProblemAlert error={error} title={t('metrics.alerts.loadError')} />
      ) : (
        <Table<Alert>
          scroll={{ x: 'max-content' }}
          size="small"
          rowKey="id"
          loading={isPending}
          pagination={false}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('metrics.alerts.empty') }}
          columns={[
            {
              key: 'kind',
              title: t('metrics.alerts.kind'),
              render: (_, a) => (isKnownCheck(a.kind) ? t(`figures.checks.${a.kind}`) : a.kind),
            },
            { key: 'group', title: t('metrics.alerts.group'), render: (_, a) => groupNames.get(a.groupId) ?? a.groupId },
            { key: 'raisedAt', title: t('metrics.alerts.raisedAt'), render: (_, a) => formatDateTime(a.raisedAt, lng) },
            {
              key: 'value',
              title: t('metrics.alerts.valueVsThreshold'),
              render: (_, a) => (
                <>
                  <Figure value={fmt(a, a.value)} /> / <Figure value={fmt(a, a.threshold)} />
                </>
              ),
            },
            ...(canResolve
              ? [
                  {
                    key: 'actions',
                    title: t('metrics.alerts.actions'),
                    render: (_: unknown, a: Alert) => (
                      <Popconfirm
                        title={t('metrics.alerts.resolveConfirm')}
                        onConfirm={() =>
                          resolve.mutateAsync(a.id).then(
                            () => void message.success(t('metrics.alerts.resolved')),
                            () => undefined,
                          )
                        }
                      >
                        <Button size="small" loading={resolve.isPending && resolve.variables === a.id}>
                          {t('metrics.alerts.resolve')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
