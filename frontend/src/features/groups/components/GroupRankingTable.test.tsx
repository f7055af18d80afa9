import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { GroupRankingTable } from './GroupRankingTable';

const WS = '0190a7e0-0000-7000-8000-000000000001';
const GROUP_1 = '0190a7e0-0000-7000-8000-0000000000a1';
const GROUP_2 = '0190a7e0-0000-7000-8000-0000000000a2';
const base = `/api/v1/workspaces/${WS}`;
const range = { from: '2026-11-16', to: '2026-11-22' };

function routes() {
  return mockFetch({
    [`GET ${base}/metrics/group-ranking`]: (req) => {
      const metric = new URL(req.url).searchParams.get('metric');
      const money = metric === 'acquisitionCostMinor';
      return json({
        metric,
        order: money ? 'asc' : 'desc',
        ...range,
        items: [
          { rank: 1, groupId: GROUP_1, name: '宝妈福利群 1', value: money ? 1000 : 0.375, membersAtEnd: 120 },
          { rank: 2, groupId: GROUP_2, name: '宝妈福利群 2', value: null, membersAtEnd: 0 },
        ],
        nextCursor: 'next',
      });
    },
    [`GET ${base}/groups/${GROUP_1}/health`]: () =>
      json({
        groupId: GROUP_1,
        ...range,
        score: 36,
        points: 2.5,
        checksCounted: 7,
        checks: [
          { check: 'daily_active_share', value: 0.33, threshold: 0.3, comparison: 'above', passed: true, points: 1, counted: true },
          { check: 'messages_per_member_per_week', value: 1.08, threshold: 2, comparison: 'above', passed: false, points: 0, counted: true },
          { check: 'acquisition_cost', value: 1000, threshold: 1000, comparison: 'below', passed: false, points: 0, counted: true },
          { check: 'size', value: 120, threshold: 350, comparison: 'at_most', passed: true, points: 0.5, counted: true },
          { check: 'coupon_redemption_rate', value: null, threshold: 0.4, comparison: 'above', passed: null, points: 0, counted: false },
        ],
      }),
  });
}

describe('GroupRankingTable', () => {
  it('shows the top 10 by the chosen figure; null figures as "—"', async () => {
    const user = userEvent.setup();
    const { requests } = routes();
    renderWithProviders(<GroupRankingTable workspaceId={WS} range={range} currency="CNY" />);

    const first = (await screen.findByText('宝妈福利群 1')).closest('tr')!;
    expect(first).toHaveTextContent('37.5%');
    expect(first).toHaveTextContent('120');
    expect(screen.getByText('宝妈福利群 2').closest('tr')).toHaveTextContent('—');
    const q = new URL(requests[0].url).searchParams;
    expect(Object.fromEntries(q)).toEqual({ metric: 'activeShare', order: 'desc', limit: '10', ...range });

    await user.click(screen.getByRole('combobox', { name: '排序指标' }));
    await user.keyboard('获客');
    await user.click(await screen.findByTitle('获客成本'));
    await waitFor(() => expect(screen.getByText('宝妈福利群 1').closest('tr')).toHaveTextContent('¥10.00'));
    const last = new URL(requests.at(-1)!.url).searchParams;
    expect([last.get('metric'), last.get('order')]).toEqual(['acquisitionCostMinor', 'asc']);
  });

  it("opens a group's health check with each check passed or failed", async () => {
    const user = userEvent.setup();
    routes();
    renderWithProviders(<GroupRankingTable workspaceId={WS} range={range} currency="CNY" />);

    await user.click(await screen.findByRole('button', { name: '查看健康度 宝妈福利群 1' }));
    const drawer = await screen.findByTestId('group-health');
    expect(await within(drawer).findByTestId('health-score')).toHaveTextContent('36');
    expect(drawer).toHaveTextContent('健康度：宝妈福利群 1');
    expect(drawer).toHaveTextContent('（2.5 / 7 分）');
    const row = (name: string) => within(drawer).getByText(name).closest('tr')!;
    expect(row('日均活跃占比')).toHaveTextContent('33%');
    expect(row('日均活跃占比')).toHaveTextContent('> 30%');
    expect(row('日均活跃占比')).toHaveTextContent('通过');
    expect(row('人均周发言')).toHaveTextContent('未通过');
    expect(row('获客成本')).toHaveTextContent('< ¥10.00');
    expect(row('获客成本')).toHaveTextContent('未通过');
    expect(row('优惠券核销率')).toHaveTextContent('不计入（无分母）');
    expect(row('社群规模')).toHaveTextContent('≤ 350');
    expect(row('社群规模')).toHaveTextContent('部分通过（0.5 分）');
  });
});
