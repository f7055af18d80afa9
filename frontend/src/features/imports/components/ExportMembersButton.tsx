import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useExportMembers, type MemberExportQuery } from '../api/export-members';
import { download } from '@/lib/csv';

/** Downloads the members the current filter matches as CSV (the import's columns; phones masked for analysts). */
export function ExportMembersButton({ workspaceId, query }: { workspaceId: string; query: MemberExportQuery }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exporting = useExportMembers(workspaceId);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={exporting.isPending}
      onClick={() =>
        exporting.mutateAsync(query).then(
          ({ blob, name }) => download(blob, name),
          (e: unknown) => void message.error(`${t('imports.exportError')}: ${e instanceof Error ? e.message : String(e)}`),
        )
      }
    >
      {t('imports.export')}
    </Button>
  );
}
