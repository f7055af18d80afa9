import { InboxOutlined } from '@ant-design/icons';
import { Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCreateMemberImport } from '../api/create-member-import';
import type { MemberImport } from '../api/create-member-import';

const MAX_BYTES = 50 * 1024 * 1024;

/** Drop or choose a CSV file: it is sent as it is and queued as an import job. */
export function ImportUpload({ workspaceId, onQueued }: { workspaceId: string; onQueued: (job: MemberImport) => void }) {
  const { t } = useTranslation();
  const create = useCreateMemberImport(workspaceId);

  return (
    <div data-testid="import-upload">
      <Upload.Dragger
        accept=".csv,text/csv"
        multiple={false}
        showUploadList={false}
        disabled={create.isPending}
        beforeUpload={(file) => {
          if (file.size > MAX_BYTES) {
            create.reset();
            return Upload.LIST_IGNORE;
          }
          create.mutate(file, { onSuccess: (job) => onQueued(job) });
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{create.isPending ? t('imports.uploading') : t('imports.drop')}</p>
        <p className="ant-upload-hint">{t('imports.hint')}</p>
      </Upload.Dragger>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('imports.columns')}
      </Typography.Paragraph>
      {create.error && <ProblemAlert error={create.error} title={t('imports.uploadError')} />}
    </div>
  );
}
