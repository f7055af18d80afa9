import { App, Button, Empty, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { useDeleteSegment } from '../api/delete-segment';
import { useSegments, type Segment } from '../api/list-segments';
import { describeFilter } from '../utils/describe';

/** Saved segments with their live counts; open one (its members in the member list), delete it. */
export function SegmentList({
  workspaceId,
  canEdit,
  groupNames,
  segmentHref,
}: {
  workspaceId: string;
  canEdit: boolean;
  groupNames: ReadonlyMap<string, string>;
  segmentHref: (segment: Segment) => string;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const segments = useSegments(workspaceId);
  const remove = useDeleteSegment(workspaceId);
  const nf = new Intl.NumberFormat(i18n.language);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('segments.help')}
      </Typography.Paragraph>
      {segments.error && <ProblemAlert error={segments.error} title={t('segments.loadError')} />}
      {remove.error && <ProblemAlert error={remove.error} title={t('segments.deleteError')} />}
      <ResponsiveTable<Segment>
        cardTitle={(s) => <Link to={segmentHref(s)}>{s.name}</Link>}
        data-testid="segment-table"
        size="small"
        rowKey="id"
        loading={segments.isPending}
        pagination={false}
        dataSource={segments.items}
        locale={{ emptyText: <Empty description={t('segments.empty')} /> }}
        columns={[
          { key: 'name', title: t('segments.name'), render: (_, s) => <Link to={segmentHref(s)}>{s.name}</Link> },
          {
            key: 'filter',
            title: t('segments.filter'),
            render: (_, s) => describeFilter(s.filter, t, groupNames).join(' · ') || t('segments.everybody'),
          },
          { key: 'count', title: t('segments.count'), align: 'right', render: (_, s) => nf.format(s.memberCount) },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: t('segments.actions'),
                  render: (_: unknown, s: Segment) => (
                    <Popconfirm
                      title={t('segments.deleteConfirm', { name: s.name })}
                      onConfirm={() =>
                        remove.mutateAsync(s.id).then(
                          () => void message.success(t('segments.deleted')),
                          () => undefined,
                        )
                      }
                    >
                      <Button size="small" danger loading={remove.isPending && remove.variables === s.id}>
                        {t('segments.delete')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {segments.hasNextPage && (
        <Button onClick={() => void segments.fetchNextPage()} loading={segments.isFetchingNextPage}>
          {t('segments.more')}
        </Button>
      )}
    </Space>
  );
}
