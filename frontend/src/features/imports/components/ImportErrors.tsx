import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import {
  listAllMemberImportErrors,
  useMemberImportErrors,
  type MemberImportError,
} from '../api/list-member-import-errors';
import { download, toCsv } from '@/lib/csv';

/** The rows an import could not apply (line, column, why), with a CSV of all of them to fix and re-import. */
export function ImportErrors({ workspaceId, importId }: { workspaceId: string; importId: string }) {
  const { t } = useTranslation();
  const errors = useMemberImportErrors(workspaceId, importId, true);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  const downloadAll = async () => {
    setDownloading(true);
    setDownloadError(null);
    try {
      const all = await listAllMemberImportErrors(workspaceId, importId);
      download(
        toCsv(
          ['line', 'column', 'message'],
          all.map((e) => [e.line, e.column, e.message]),
        ),
        `import-${importId.slice(0, 8)}-errors.csv`,
      );
    } catch (e) {
      setDownloadError(e);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Flex vertical gap={8} style={{ marginTop: 16 }} data-testid="import-errors">
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('imports.errors.title')}
        </Typography.Title>
        <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void downloadAll()}>
          {t('imports.errors.download')}
        </Button>
      </Flex>
      {(errors.error || downloadError) ? <ProblemAlert error={errors.error ?? downloadError} title={t('imports.errors.loadError')} /> : null}
      <ResponsiveTable<MemberImportError>
        size="small"
        rowKey={(e) => `${e.line}:${e.column ?? ''}:${e.message}`}
        loading={errors.isPending}
        pagination={false}
        dataSource={errors.items}
        columns={[
          { key: 'line', title: t('imports.errors.line'), dataIndex: 'line', width: 80 },
          { key: 'column', title: t('imports.errors.column'), render: (_, e) => e.column ?? t('imports.errors.wholeRow') },
          { key: 'message', title: t('imports.errors.message'), dataIndex: 'message' },
        ]}
      />
      {errors.hasNextPage && (
        <Button onClick={() => void errors.fetchNextPage()} loading={errors.isFetchingNextPage}>
          {t('imports.errors.more')}
        </Button>
      )}
    </Flex>
  );
}
