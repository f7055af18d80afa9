import { Alert, App, Button, Col, Descriptions, Empty, Flex, Input, List, Modal, Row, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMember } from '../api/get-member';
import { useInvitees } from '../api/list-invitees';
import { useMemberMemberships } from '../api/list-member-memberships';
import { useMembers, type Member } from '../api/list-members';
import { useMergeMembers } from '../api/merge-members';
import { MemberName } from './MemberName';

/** Side-by-side view of one member: what they hold, and so what would move in a merge. */
function MemberSide({ workspaceId, member, title }: { workspaceId: string; member: Member; title: string }) {
  const { t } = useTranslation();
  const memberships = useMemberMemberships(workspaceId, member.id);
  const invitees = useInvitees(workspaceId, member.id, 1);
  const current = memberships.data?.items.filter((m) => !m.leftAt).length;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      title={title}
      items={[
        { key: 'name', label: t('members.fields.displayName'), children: <MemberName name={member.displayName} /> },
        {
          key: 'identities',
          label: t('members.fields.identities'),
          children: member.identities.map((i) => (
            <div key={`${i.platform}:${i.platformUserId}`}>
              {t(`platform.${i.platform}`)} {i.platformUserId}
            </div>
          )),
        },
        { key: 'tags', label: t('members.fields.tags'), children: member.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) },
        { key: 'points', label: t('members.fields.points'), children: member.points },
        { key: 'phone', label: t('members.fields.phone'), children: member.phone ?? '' },
        {
          key: 'memberships',
          label: t('members.merge.memberships'),
          children: memberships.data
            ? t('members.merge.membershipCount', { current, total: memberships.data.items.length })
            : '…',
        },
        {
          key: 'invitees',
          label: t('members.merge.invitees'),
          children: invitees.data ? invitees.data.invitees.length : '…',
        },
      ]}
    />
  );
}

/**
 * Merges another record of the same person into this member (the survivor). The API has no
 * preview, so both records are shown side by side, with what moves, before the confirmation.
 */
export function MergeMembersDialog({
  workspaceId,
  survivor,
  onClose,
}: {
  workspaceId: string;
  survivor: Member;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [otherId, setOtherId] = useState<string | null>(null);
  const search = useMembers(workspaceId, { q, limit: 10 });
  const other = useMember(workspaceId, otherId);
  const merge = useMergeMembers(workspaceId, survivor.id);
  const candidates = q ? (search.data?.items ?? []).filter((m) => m.id !== survivor.id) : [];
  const absorbed = other.data?.member;

  return (
    <Modal
      open
      width={960}
      title={t('members.merge.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('members.cancel')}
        </Button>,
        <Button
          key="merge"
          type="primary"
          danger
          disabled={!absorbed}
          loading={merge.isPending}
          onClick={() =>
            absorbed &&
            merge.mutateAsync(absorbed.id).then(
              () => {
                void message.success(t('members.merge.done'));
                onClose();
              },
              () => undefined,
            )
          }
        >
          {t('members.merge.submit')}
        </Button>,
      ]}
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('members.merge.explain')}</Typography.Paragraph>
        <Input.Search
          aria-label={t('members.merge.find')}
          placeholder={t('members.filters.searchPlaceholder')}
          enterButton={t('members.merge.findButton')}
          onSearch={(value) => {
            setQ(value.trim());
            setOtherId(null);
          }}
        />
        {search.error && <ProblemAlert error={search.error} />}
        {q && !otherId && (
          <List<Member>
            size="small"
            bordered
            loading={search.isPending}
            dataSource={candidates}
            locale={{ emptyText: <Empty description={t('members.list.empty')} /> }}
            renderItem={(m) => (
              <List.Item
                actions={[
                  <Button key="pick" size="small" onClick={() => setOtherId(m.id)}>
                    {t('members.merge.pick')}
                  </Button>,
                ]}
              >
                <MemberName name={m.displayName} />{' '}
                <Typography.Text type="secondary">
                  {m.identities.map((i) => `${t(`platform.${i.platform}`)} ${i.platformUserId}`).join(', ')}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
        {otherId && other.isPending && <Skeleton active />}
        {other.error && <ProblemAlert error={other.error} />}
        {absorbed && (
          <>
            <Row gutter={[16, 16]} data-testid="merge-preview">
              <Col xs={24} md={12}>
                <MemberSide workspaceId={workspaceId} member={survivor} title={t('members.merge.survivor')} />
              </Col>
              <Col xs={24} md={12}>
                <MemberSide workspaceId={workspaceId} member={absorbed} title={t('members.merge.absorbed')} />
              </Col>
            </Row>
            <Alert
              type="warning"
              showIcon
              title={t('members.merge.moves', {
                identities: absorbed.identities.length,
                name: survivor.displayName ?? t('members.unnamed'),
              })}
              description={t('members.merge.after')}
            />
          </>
        )}
        {merge.error && <ProblemAlert error={merge.error} title={t('members.merge.error')} />}
      </Flex>
    </Modal>
  );
}
