import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { WorkspaceList } from './WorkspaceList';

const ws = (id: string, name: string) => ({
  id,
  name,
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  createdAt: '2026-01-05T02:00:00Z',
  updatedAt: '2026-01-05T02:00:00Z',
});

describe('WorkspaceList', () => {
  it('lists my workspaces with my role in each', async () => {
    const { requests } = mockFetch({
      'GET /api/v1/workspaces': () =>
        json({
          items: [
            { workspace: ws('0190a7e0-0000-7000-8000-000000000001', '小鹿母婴旗舰店'), role: 'operator' },
            { workspace: ws('0190a7e0-0000-7000-8000-000000000002', 'Tea House'), role: 'owner' },
          ],
          nextCursor: null,
        }),
    });

    renderWithProviders(<WorkspaceList workspacePath={(id) => `/w/${id}`} />);

    const deer = (await screen.findByRole('link', { name: '小鹿母婴旗舰店' })).closest('tr')!;
    expect(within(deer).getByText('运营')).toBeInTheDocument();
    expect(within(deer).getByText('Asia/Shanghai')).toBeInTheDocument();
    expect(within(deer).getByText('CNY')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '小鹿母婴旗舰店' })).toHaveAttribute(
      'href',
      '/w/0190a7e0-0000-7000-8000-000000000001',
    );
    const tea = screen.getByRole('link', { name: 'Tea House' }).closest('tr')!;
    expect(within(tea).getByText('所有者')).toBeInTheDocument();
    expect(new URL(requests[0].url).searchParams.get('limit')).toBe('50');
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });

  it('shows the empty state', async () => {
    mockFetch({ 'GET /api/v1/workspaces': () => json({ items: [], nextCursor: null }) });
    renderWithProviders(<WorkspaceList workspacePath={(id) => `/w/${id}`} />);
    expect(await screen.findByText('你还没有可用的工作区。创建一个，或接受一个邀请。')).toBeInTheDocument();
  });

  it('loads the next page with the cursor', async () => {
    const { requests } = mockFetch({
      'GET /api/v1/workspaces': (req) =>
        new URL(req.url).searchParams.get('cursor') === 'c2'
          ? json({ items: [{ workspace: ws('0190a7e0-0000-7000-8000-000000000004', 'Second page'), role: 'analyst' }], nextCursor: null })
          : json({ items: [{ workspace: ws('0190a7e0-0000-7000-8000-000000000003', 'First page'), role: 'admin' }], nextCursor: 'c2' }),
    });
    renderWithProviders(<WorkspaceList workspacePath={(id) => `/w/${id}`} />);

    (await screen.findByRole('button', { name: '加载更多' })).click();

    const second = (await screen.findByRole('link', { name: 'Second page' })).closest('tr')!;
    expect(within(second).getByText('分析师')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'First page' })).toBeInTheDocument();
    expect(requests.map((r) => new URL(r.url).searchParams.get('cursor'))).toEqual([null, 'c2']);
  });

  it('shows the problem when the list cannot be loaded', async () => {
    mockFetch({
      'GET /api/v1/workspaces': () =>
        new Response(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'database down' }), {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    });
    renderWithProviders(<WorkspaceList workspacePath={(id) => `/w/${id}`} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法加载工作区');
    expect(alert).toHaveTextContent('database down');
  });
});
