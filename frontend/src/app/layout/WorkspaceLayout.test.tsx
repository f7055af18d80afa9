import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { WorkspaceLayout } from './WorkspaceLayout';

const id = '00000000-0000-7000-8000-000000000000';

function renderLayout() {
  return renderWithProviders(
    <Routes>
      <Route path="/w/:workspaceId" element={<WorkspaceLayout />}>
        <Route path="settings" element={<div data-testid="page">the page</div>} />
      </Route>
    </Routes>,
    { route: `/w/${id}/settings` },
  );
}

describe('WorkspaceLayout', () => {
  it('shows one clear not-found page for an unknown workspace (404), not the section', async () => {
    mockFetch({
      'GET /api/v1/workspaces': () => json({ items: [], nextCursor: null }),
      [`GET /api/v1/workspaces/${id}`]: () => problem({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such workspace' }),
    });
    renderLayout();
    const page = await screen.findByTestId('workspace-not-found');
    expect(page).toHaveTextContent('找不到这个工作区');
    expect(page).toHaveTextContent('工作区不存在，或你无权访问。');
    expect(screen.getByRole('link', { name: '返回我的工作区' })).toHaveAttribute('href', '/');
    expect(screen.queryByTestId('page')).not.toBeInTheDocument();
  });

  it('shows the section of a known workspace', async () => {
    mockFetch({
      'GET /api/v1/workspaces': () => json({ items: [], nextCursor: null }),
      [`GET /api/v1/workspaces/${id}`]: () =>
        json({ id, name: '店', timeZone: 'Asia/Shanghai', currency: 'CNY', operatorsSeeAssignedGroupsOnly: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }),
    });
    renderLayout();
    expect(await screen.findByTestId('page')).toBeInTheDocument();
  });
});
