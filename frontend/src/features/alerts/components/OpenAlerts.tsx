import { Button, Card, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { formatDateTime } from '@/lib/format';
import { ALERTS_PAGE_SIZE, useAlerts, type Alert } from '../api/list-alerts';
import { AlertFigures, AlertKindLabel } from './AlertParts';
import { ResolveAlertDialog } from './ResolveAlertDialog';

interface Props {
  workspaceId: string;
  /** Only this group's alerts; all when absent. */
  groupId?: string;
  /** Names of the groups by id (alerts carry only the id). */
  groupNames: ReadonlyMap<string, string>;
  currency: string;
  /** The workspace's zone: times are shown in it, labelled. */
  timeZone: string;
  /** Owners, admins and operators may resolve; analysts only read. */
  canResolve: boolean;
  /** Shown in the card's header (a link to the alerts page). */
  extra?: ReactNode;
}

/** The newest open alerts (the dashboard's panel), with "resolve" for roles that may write. */
export function OpenAlerts({ workspaceId, groupId, groupNames, currency, timeZone, canResolve, extra }: Props) {
  const { t, i18n } = useTranslation();
  const [resolving, setResolving] = useState<Alert | null>(null);
  const { data, error, isPending, refetch } = useAlerts(workspaceId, { state: 'open', groupId, limit: ALERTS_PAGE_SIZE });

  return (
    <Card title={t('alerts.panelTitle')} data-testid="open-alerts" extra={extra}>
      {!canResolve && <Typography.Paragraph type="secondary">{t('alerts.readOnly')}</Typography.Paragraph>}
      {error ? (
        <ProblemAlert error={error} title={t('alerts.loadError')} onRetry={() => void refetch()} />
      ) : (
        <ResponsiveTable<Alert>
          size="small"
          rowKey="id"
          loading={isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('alerts.empty') }}
          columns={[
            { key: 'kind', title: t('alerts.kind'), render: (_, a) => <AlertKindLabel kind={a.kind} /> },
            { key: 'group', title: t('alerts.group'), render: (_, a) => groupNames.get(a.groupId) ?? a.groupId },
            {
              key: 'raisedAt',
              title: t('alerts.raisedAt', { timeZone }),
              render: (_, a) => formatDateTime(a.raisedAt, i18n.language, timeZone),
            },
            {
              key: 'value',
              title: t('alerts.valueVsThreshold'),
              render: (_, a) => <AlertFigures alert={a} currency={currency} />,
            },
            ...(canResolve
              ? [
                  {
                    key: 'actions',
                    title: t('alerts.actions'),
                    render: (_: unknown, a: Alert) => (
                      <Button size="small" onClick={() => setResolving(a)}>
                        {t('alerts.resolve')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canResolve && (
        <ResolveAlertDialog
          workspaceId={workspaceId}
          alert={resolving}
          groupName={resolving ? groupNames.get(resolving.groupId) : undefined}
          onClose={() => setResolving(null)}
        />
      )}
    </Card>
  );
}
