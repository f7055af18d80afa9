import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json } from '@/test/fetch-mock';
import { base, mockWorkspaceFetch, renderPage, TEST_WORKSPACE_ID } from '@/test/workspace-page';
import { SettingsPage } from './SettingsPage';

const person = {
  id: '0190a7e0-0000-7000-8000-0000000000c2',
  type: 'user',
  role: 'operator',
  subject: 'sub-operator',
  email: 'operator@shequn.demo',
  displayName: '小王',
  clientId: null,
  createdAt: '2026-01-05T02:00:00Z',
  lastSeenAt: null,
};
const thresholds = {
  dailyActiveShare: 0.3,
  messagesPerMemberPerWeek: 2,
  conversionRate: 0.05,
  couponRedemptionRate: 0.4,
  acquisitionCostMinor: 1000,
  responseTimeSeconds: 30,
  sizeBestMin: 150,
  sizeBestMax: 200,
  sizeMax: 350,
  defaults: true,
  updatedAt: null,
};

function routes(role: string) {
  return mockWorkspaceFetch(role, {
    [`GET ${base}/access`]: () => json({ items: [person], nextCursor: null }),
    [`GET ${base}/invitations`]: () => json({ items: [], nextCursor: null }),
    [`GET ${base}/metrics/thresholds`]: () => json(thresholds, { headers: { ETag: '"t1"' } }),
    [`GET ${base}/audit-log`]: () => json({ items: [], nextCursor: null }),
  });
}

function Location() {
  return <div data-testid="location">{useLocation().search}</div>;
}

const renderSettings = (search = '') =>
  renderPage(
    '/w/:workspaceId/settings',
    <>
      <SettingsPage />
      <Location />
    </>,
    `/w/${TEST_WORKSPACE_ID}/settings${search}`,
  );

describe('SettingsPage', { timeout: 90_000 }, () => {
  it('keeps the tab in the URL and shows owners every control', async () => {
    routes('owner');
    const user = userEvent.setup({ delay: null });
    renderSettings();

    expect(await screen.findByTestId('workspace-settings')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '健康阈值' }));
    expect(await screen.findByRole('button', { name: '保存阈值' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('?tab=thresholds');
    await user.click(screen.getByRole('tab', { name: '成员与角色' }));
    expect(await screen.findByTestId('invite-form')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '操作日志' })).toBeInTheDocument();
  });

  it('opens the tab the URL names', async () => {
    routes('admin');
    renderSettings('?tab=clients');
    expect(await screen.findByTestId('grant-client-form')).toBeInTheDocument();
  });

  it('shows an analyst the settings with no edit control in any tab, and no audit log', async () => {
    const { requests } = routes('analyst');
    const user = userEvent.setup({ delay: null });
    renderSettings();

    expect(await screen.findByTestId('settings-read-only')).toBeInTheDocument();
    expect(await screen.findByTestId('workspace-details')).toHaveTextContent('Asia/Shanghai');
    expect(screen.queryByTestId('workspace-settings')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '操作日志' })).not.toBeInTheDocument();
    const settings = screen.getByTestId('settings');
    const noControls = () => {
      expect(within(settings).queryAllByRole('button')).toHaveLength(0);
      expect(within(settings).queryByRole('spinbutton')).not.toBeInTheDocument();
      expect(within(settings).queryByRole('textbox')).not.toBeInTheDocument();
      expect(within(settings).queryByRole('combobox')).not.toBeInTheDocument();
    };
    noControls();
    for (const tab of ['成员与角色', '合作伙伴客户端', '健康阈值']) {
      await user.click(screen.getByRole('tab', { name: tab }));
      await waitFor(() => expect(document.querySelector('.ant-skeleton, .ant-spin-spinning')).toBeNull());
      noControls();
    }
    expect(requests.some((r) => r.method !== 'GET')).toBe(false);
    expect(requests.some((r) => r.url.includes('/invitations') || r.url.includes('/audit-log'))).toBe(false);
  });
});
