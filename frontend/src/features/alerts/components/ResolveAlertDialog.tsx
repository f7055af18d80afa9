import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError, fieldErrors } from '@/lib/problem';
import type { Alert } from '../api/list-alerts';
import { useResolveAlert } from '../api/resolve-alert';
import { AlertKindLabel } from './AlertParts';

export const NOTE_MAX = 500;

interface Props {
  workspaceId: string;
  /** The alert being resolved; closed without one. */
  alert: Alert | null;
  groupName?: string;
  onClose: () => void;
}

/** Resolve an alert with an optional note saying what was done about it. */
export function ResolveAlertDialog({ workspaceId, alert, groupName, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const resolve = useResolveAlert(workspaceId);
  const problem = resolve.error instanceof ApiError ? resolve.error.problem : undefined;
  const onlyFieldErrors = Boolean(problem?.errors?.length) && problem!.errors!.every((e) => e.pointer === '/note');

  const close = () => {
    form.resetFields();
    resolve.reset();
    onClose();
  };

  const submit = ({ note }: { note?: string }) => {
    if (!alert) return;
    resolve.mutate(
      { alertId: alert.id, note },
      {
        onSuccess: () => {
          void message.success(t('alerts.resolvedToast'));
          close();
        },
        onError: (e) => {
          if (e instanceof ApiError) form.setFields(fieldErrors(e.problem) as Parameters<typeof form.setFields>[0]);
        },
      },
    );
  };

  return (
    <Modal
      open={alert !== null}
      title={t('alerts.resolveTitle')}
      okText={t('alerts.resolve')}
      cancelText={t('alerts.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={resolve.isPending}
      destroyOnHidden
      data-testid="resolve-alert"
    >
      {alert && (
        <Typography.Paragraph>
          <Typography.Text strong>
            <AlertKindLabel kind={alert.kind} />
          </Typography.Text>
          {groupName && <> · {t('alerts.resolveGroup', { group: groupName })}</>}
        </Typography.Paragraph>
      )}
      {resolve.error && !onlyFieldErrors && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={resolve.error} title={t('alerts.resolveError')} />
        </div>
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="note" label={t('alerts.note')} rules={[{ max: NOTE_MAX, message: t('alerts.noteTooLong') }]}>
          <Input.TextArea
            rows={3}
            maxLength={NOTE_MAX}
            showCount
            placeholder={t('alerts.notePlaceholder')}
            aria-label={t('alerts.note')}
            autoFocus
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
