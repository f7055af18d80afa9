import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import type { MemberImport } from '../api/create-member-import';
import { useMemberImports } from '../api/list-member-imports';

/** The latest import jobs; "show" opens one (its progress and errors). */
export function ImportHistory({
  workspaceId,
  timeZone,
  onOpen,
}: {
  workspaceId: string;
  timeZone: string;
  onOpen: (importId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { data, error, isPending } = useMemberImports(workspaceId);
  const dt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  if (error) return <ProblemAlert error={error} title={t('imports.historyError')} />;
  return (
    <ResponsiveTable<MemberImport>
      data-testid="import-history"
      size="small"
      rowKey="id"
      loading={isPending}
      pagination={false}
      dataSource={data?.items ?? []}
      locale={{ emptyText: t('imports.historyEmpty') }}
      columns={[
        { key: 'createdAt', title: t('imports.createdAt', { timeZone }), render: (_, j) => dt.format(new Date(j.createdAt)) },
        { key: 'status', title: t('imports.statusLabel'), render: (_, j) => <Tag>{t(`imports.status.${j.status}`)}</Tag> },
        {
          key: 'rows',
          title: t('imports.summary'),
          render: (_, j) => t('imports.summaryValue', { imported: j.rowsImported, updated: j.rowsUpdated, failed: j.rowsFailed }),
        },
        {
          key: 'open',
          title: '',
          render: (_, j) => (
            <Button size="small" onClick={() => onOpen(j.id)}>
              {t('imports.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
