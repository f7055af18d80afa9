import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { AuditLog } from './AuditLog';

const WS = '0190a7e0-0000-7000-8000-000000000001';
const GROUP = '0190a7e0-0000-7000-8000-0000000000a1';
const url = `/api/v1/workspaces/${WS}/audit-log`;
const entry = (id: string, action: string, entityType: string, actor = 'user:sub-owner') => ({
  id,
  occurredAt: '2026-11-30T16:30:00Z',
  actor,
  action,
  entityType,
  entityId: GROUP,
  details: { name: '宝妈福利群 1' },
});

function Location() {
  return <div data-testid="location">{useLocation().search}</div>;
}

function renderLog(search = '') {
  return renderWithProviders(
    <Routes>
      <Route
        path="/w/:workspaceId/settings"
        element={
          <>
            <AuditLog workspaceId={WS} timeZone="Asia/Shanghai" actorName={(a) => (a === 'user:sub-owner' ? '林店长' : undefined)} />
            <Location />
          </>
        }
      />
    </Routes>,
    { route: `/w/${WS}/settings?tab=audit${search}` },
  );
}

describe('AuditLog', { timeout: 90_000 }, () => {
  it('lists who changed what, in the workspace zone, with names; filters and pages in the URL', async () => {
    const { requests } = mockFetch({
      [`GET ${url}`]: (req) => {
        const q = new URL(req.url).searchParams;
        if (q.get('cursor') === 'n2') return json({ items: [entry('e3', 'workspace.updated', 'workspace')], nextCursor: null });
        return json({
          items: [entry('e1', 'group.archived', 'group'), entry('e2', 'alert.resolved', 'alert', 'client:youzan-bot')],
          nextCursor: 'n2',
        });
      },
    });
    const user = userEvent.setup({ delay: null });
    renderLog();

    const row = (await screen.findByText('group.archived')).closest('tr')!;
    expect(row).toHaveTextContent('林店长');
    expect(row).toHaveTextContent('2026年12月1日 00:30');
    expect(row).toHaveTextContent('社群');
    expect(screen.getByText('alert.resolved').closest('tr')).toHaveTextContent('合作伙伴 youzan-bot');

    await user.click(screen.getByRole('combobox', { name: '对象类型' }));
    await user.click(await screen.findByTitle('社群'));
    await waitFor(() => expect(new URL(requests.at(-1)!.url).searchParams.get('entityType')).toBe('group'));
    expect(screen.getByTestId('location')).toHaveTextContent('tab=audit&entityType=group');

    await waitFor(() => expect(document.querySelector('.ant-spin-spinning')).toBeNull());
    await user.click(within(screen.getByText('group.archived').closest('tr')!).getByText(GROUP));
    await waitFor(() => expect(new URL(requests.at(-1)!.url).searchParams.get('entityId')).toBe(GROUP));

    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('workspace.updated')).toBeInTheDocument();
    expect(new URL(requests.at(-1)!.url).searchParams.get('cursor')).toBe('n2');
    expect(new URL(requests.at(-1)!.url).searchParams.get('entityType')).toBe('group');
  });

  it('refuses an id that is not a UUID without asking the API', async () => {
    const { requests } = mockFetch({ [`GET ${url}`]: () => json({ items: [], nextCursor: null }) });
    const user = userEvent.setup({ delay: null });
    renderLog();
    expect(await screen.findByText('没有记录')).toBeInTheDocument();
    const box = screen.getByRole('searchbox', { name: '对象 ID' });
    await user.type(box, 'abc{Enter}');
    expect(await screen.findByText('请输入完整的 UUID')).toBeInTheDocument();
    expect(requests).toHaveLength(1);
  });
});
