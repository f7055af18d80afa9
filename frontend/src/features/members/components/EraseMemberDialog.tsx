import { App, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useEraseMember } from '../api/erase-member';
import type { Member } from '../api/list-members';

/**
 * Erasure on the person's request (PIPL). Irreversible, so the operator types the member's
 * name (or, for a member without a name, the word the dialog shows) before the button works.
 */
export function EraseMemberDialog({ workspaceId, member, onClose }: { workspaceId: string; member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [typed, setTyped] = useState('');
  const erase = useEraseMember(workspaceId, member.id);
  const word = member.displayName ?? t('members.erase.word');
  const ok = typed.trim() === word;

  return (
    <Modal
      open
      title={t('members.erase.title')}
      okText={t('members.erase.submit')}
      okButtonProps={{ danger: true, disabled: !ok }}
      cancelText={t('members.cancel')}
      confirmLoading={erase.isPending}
      onCancel={onClose}
      onOk={() =>
        erase.mutateAsync().then(
          () => {
            void message.success(t('members.erase.done'));
            onClose();
          },
          () => undefined,
        )
      }
      destroyOnHidden
    >
      <Typography.Paragraph>{t('members.erase.explain')}</Typography.Paragraph>
      <Typography.Paragraph>
        {t('members.erase.typeToConfirm')} <Typography.Text code>{word}</Typography.Text>
      </Typography.Paragraph>
      <Input
        aria-label={t('members.erase.confirmLabel')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoComplete="off"
      />
      {erase.error && (
        <div style={{ marginTop: 12 }}>
          <ProblemAlert error={erase.error} title={t('members.erase.error')} />
        </div>
      )}
    </Modal>
  );
}
