import { Alert, Card, Descriptions, Progress, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { MemberImport } from '../api/create-member-import';
import { isFinished, useMemberImport } from '../api/get-member-import';
import { ImportErrors } from './ImportErrors';

const STATUS_COLOR: Record<MemberImport['status'], string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};

export function percentDone(job: MemberImport): number {
  if (job.status === 'succeeded') return 100;
  if (!job.rowsTotal) return 0;
  return Math.min(100, Math.floor((job.rowsDone / job.rowsTotal) * 100));
}

/** One import job: a progress bar that follows the job (polled) to its end, then its row errors. */
export function ImportProgress({ workspaceId, importId, timeZone }: { workspaceId: string; importId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const { data: job, error, isPending } = useMemberImport(workspaceId, importId);
  const nf = new Intl.NumberFormat(i18n.language);
  const dt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium', timeZone });

  if (isPending) return <Skeleton active />;
  if (error) return <ProblemAlert error={error} title={t('imports.loadError')} />;
  const finished = isFinished(job);
  return (
    <Card
      data-testid="import-progress"
      title={t('imports.job')}
      extra={<Tag color={STATUS_COLOR[job.status]} data-testid="import-status">{t(`imports.status.${job.status}`)}</Tag>}
    >
      <Progress
        percent={percentDone(job)}
        status={job.status === 'failed' ? 'exception' : finished ? (job.rowsFailed ? 'normal' : 'success') : 'active'}
        aria-label={t('imports.progress')}
      />
      <Descriptions
        size="small"
        layout="vertical"
        column={{ xs: 2, sm: 3, md: 4 }}
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'rows',
            label: t('imports.rowsDone'),
            children: (
              <span data-testid="import-rows">
                {job.rowsTotal === null ? '…' : `${nf.format(job.rowsDone)} / ${nf.format(job.rowsTotal)}`}
              </span>
            ),
          },
          { key: 'imported', label: t('imports.rowsImported'), children: <span data-testid="import-imported">{nf.format(job.rowsImported)}</span> },
          { key: 'updated', label: t('imports.rowsUpdated'), children: <span data-testid="import-updated">{nf.format(job.rowsUpdated)}</span> },
          { key: 'failed', label: t('imports.rowsFailed'), children: <span data-testid="import-failed">{nf.format(job.rowsFailed)}</span> },
          { key: 'created', label: t('imports.createdAt', { timeZone }), children: dt.format(new Date(job.createdAt)) },
          {
            key: 'finished',
            label: t('imports.finishedAt', { timeZone }),
            children: job.finishedAt ? dt.format(new Date(job.finishedAt)) : '—',
          },
        ]}
      />
      {job.status === 'failed' && job.error && <Alert type="error" showIcon role="alert" title={t('imports.jobFailed')} description={job.error} />}
      {finished && job.rowsFailed > 0 && <ImportErrors workspaceId={workspaceId} importId={importId} />}
    </Card>
  );
}
