import { Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ExportMembersButton } from '@/features/imports/components/ExportMembersButton';
import { ImportHistory } from '@/features/imports/components/ImportHistory';
import { ImportProgress } from '@/features/imports/components/ImportProgress';
import { ImportUpload } from '@/features/imports/components/ImportUpload';
import { useMembersContext } from '../members/workspace-context';

/**
 * Member import (CSV upload, the job's progress and row errors; the job shown is in the URL,
 * so a reload keeps following it) and export of every member.
 */
export function ImportsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const ctx = useMembersContext(workspaceId);
  const importId = params.get('import');
  const open = (id: string) => setParams({ import: id });

  if (ctx.workspace.isPending) return <Skeleton active />;
  if (ctx.workspace.error) return <ProblemAlert error={ctx.workspace.error} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.imports')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            {ctx.canEdit && (
              <Card title={t('imports.importTitle')}>
                <ImportUpload workspaceId={workspaceId} onQueued={(job) => open(job.id)} />
              </Card>
            )}
            {importId && <ImportProgress key={importId} workspaceId={workspaceId} importId={importId} timeZone={ctx.timeZone} />}
            <Card title={t('imports.history')}>
              <ImportHistory workspaceId={workspaceId} timeZone={ctx.timeZone} onOpen={open} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('imports.exportTitle')}>
            <Typography.Paragraph>{t('imports.exportHelp')}</Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('imports.exportOpenList')}</Typography.Paragraph>
            <ExportMembersButton workspaceId={workspaceId} query={{}} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
