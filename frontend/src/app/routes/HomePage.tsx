import { Col, Flex, Layout, Row } from 'antd';
import { PendingInvitations } from '@/features/invitations/components/PendingInvitations';
import { CreateWorkspaceForm } from '@/features/workspaces/components/CreateWorkspaceForm';
import { WorkspaceList } from '@/features/workspaces/components/WorkspaceList';
import { paths } from '../paths';

/** After login: my workspaces, pending invitations, and a form to create a workspace. */
export function HomePage() {
  return (
    <Layout.Content style={{ padding: 24 }}>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={24}>
            <WorkspaceList workspacePath={paths.workspace} />
            <PendingInvitations />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <CreateWorkspaceForm />
        </Col>
      </Row>
    </Layout.Content>
  );
}
