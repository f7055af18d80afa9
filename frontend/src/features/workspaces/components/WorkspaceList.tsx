import { Button, Card, Empty, Flex, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RoleTag } from '@/components/RoleTag';
import { formatDateTime } from '@/lib/format';
import { type MyWorkspace, useMyWorkspaces } from '../api/list-my-workspaces';

/** The caller's workspaces with the caller's role; a name opens the workspace. */
export function WorkspaceList({ workspacePath }: { workspacePath: (workspaceId: string) => string }) {
  const { t, i18n } = useTranslation();
  const { items, error, isPending, hasNextPage, fetchNextPage, isFetchingNextPage } = useMyWorkspaces();

  const columns: ColumnsType<MyWorkspace> = [
    {
      key: 'name',
      title: t('workspaces.name'),
      render: (_, { workspace }) => <Link to={workspacePath(workspace.id)}>{workspace.name}</Link>,
    },
    { key: 'role', title: t('workspaces.role'), render: (_, { role }) => <RoleTag role={role} /> },
    { key: 'timeZone', title: t('workspaces.timeZone'), render: (_, { workspace }) => workspace.timeZone },
    { key: 'currency', title: t('workspaces.currency'), render: (_, { workspace }) => workspace.currency },
    {
      key: 'createdAt',
      title: t('workspaces.createdAt'),
      responsive: ['md'],
      render: (_, { workspace }) => formatDateTime(workspace.createdAt, i18n.language),
    },
    {
      key: 'open',
      title: '',
      align: 'right',
      render: (_, { workspace }) => (
        <Link to={workspacePath(workspace.id)} aria-label={`${t('workspaces.open')} ${workspace.name}`}>
          {t('workspaces.open')}
        </Link>
      ),
    },
  ];

  return (
    <Card title={t('workspaces.title')} data-testid="workspace-list">
      {error ? (
        <ProblemAlert error={error} title={t('workspaces.loadError')} />
      ) : (
        <>
          <Table<MyWorkspace>
            scroll={{ x: 'max-content' }}
            rowKey={(row) => row.workspace.id}
            columns={columns}
            dataSource={items}
            loading={isPending}
            pagination={false}
            locale={{ emptyText: <Empty description={t('workspaces.empty')} /> }}
          />
          {hasNextPage && (
            <Flex justify="center" style={{ marginTop: 16 }}>
              <Button onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
                {t('workspaces.loadMore')}
              </Button>
            </Flex>
          )}
        </>
      )}
    </Card>
  );
}
