import { EditOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { VersionedGroup } from '../api/get-group';
import { useUpdateGroup } from '../api/update-group';
import { STATUS_COLORS } from '../utils/options';
import { CapacityBar } from './CapacityBar';
import { GroupFormDrawer } from './GroupFormDrawer';

/** A group's name, status, settings and capacity; edit and archive for those who may. */
export function GroupHeader({ workspaceId, data, canEdit }: { workspaceId: string; data: VersionedGroup; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const archive = useUpdateGroup(workspaceId);
  const g = data.group;

  return (
    <Card data-testid="group-header">
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Typography.Title level={4} style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid="group-name">
            {g.name}
          </Typography.Title>
          <Flex wrap gap={4}>
            <Tag color={STATUS_COLORS[g.status]}>{t(`groups.enums.status.${g.status}`)}</Tag>
            <Tag>{t(`platform.${g.platform}`)}</Tag>
            <Tag>{t(`groups.enums.purpose.${g.purpose}`)}</Tag>
            {g.tags.map((tag) => (
              <Tag key={tag} color="geekblue">
                {tag}
              </Tag>
            ))}
          </Flex>
        </Flex>
        {canEdit && (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('groups.list.edit')}
            </Button>
            {g.status !== 'archived' && (
              <Popconfirm
                title={t('groups.list.archiveConfirm', { name: g.name })}
                onConfirm={() =>
                  archive.mutateAsync({ groupId: g.id, etag: data.etag, changes: { status: 'archived' } }).then(
                    () => void message.success(t('groups.list.archived', { name: g.name })),
                    () => void message.error(t('groups.list.archiveError')),
                  )
                }
              >
                <Button danger icon={<InboxOutlined />}>
                  {t('groups.list.archive')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
      </Flex>
      <Descriptions
        size="small"
        style={{ marginTop: 12 }}
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          {
            key: 'members',
            label: t('groups.list.members'),
            children: <CapacityBar memberCount={g.memberCount} targetSize={g.targetSize} hardLimit={g.hardLimit} />,
          },
          { key: 'platformGroupId', label: t('groups.form.platformGroupId'), children: g.platformGroupId ?? '—' },
          { key: 'entry', label: t('groups.form.entryThreshold'), children: t(`groups.enums.entryThreshold.${g.entryThreshold}`) },
          { key: 'created', label: t('groups.page.createdAt'), children: formatDateTime(g.createdAt, i18n.language) },
        ]}
      />
      <GroupFormDrawer workspaceId={workspaceId} open={editing} groupId={g.id} onClose={() => setEditing(false)} />
    </Card>
  );
}
