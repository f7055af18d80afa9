import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/lib/i18n';
import { json, mockFetch, problem, type Handler } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { Dashboard } from './Dashboard';

// jsdom draws no charts (no layout, no canvas): the chart's data is what matters here
vi.mock('echarts-for-react/esm/core', () => ({
  default: ({ option }: { option: { series: { name: string; data: number[] }[] } }) => (
    <div data-testid="chart">{option.series.map((s) => `${s.name}:${s.data.join(',')}`).join(' ')}</div>
  ),
}));
import { alert } from '@/features/alerts/components/fixtures.test-data';
import { emptyFigures, figures, group, GROUP_1, GROUP_2, thresholds, WS } from '@/features/metrics/components/fixtures.test-data';

const base = `/api/v1/workspaces/${WS}`;
const summary = (f = figures) => json({ scope: { type: 'workspace', id: WS }, timeZone: 'Asia/Shanghai', currency: 'CNY', figures: f });

function routes(overrides: Record<string, Handler> = {}) {
  return mockFetch({
    [`GET ${base}/groups`]: () => json({ items: [group(GROUP_1, '宝妈福利群 1'), group(GROUP_2, '宝妈福利群 2')], nextCursor: null }),
    [`GET ${base}/metrics/thresholds`]: () => json(thresholds),
    [`GET ${base}/metrics/summary`]: () => summary(),
    [`GET ${base}/metrics/series`]: (req) =>
      json({
        scope: { type: 'workspace', id: WS },
        timeZone: 'Asia/Shanghai',
        currency: 'CNY',
        interval: new URL(req.url).searchParams.get('interval'),
        from: '2026-11-16',
        to: '2026-11-22',
        periods: [figures, { ...figures, from: '2026-11-17', to: '2026-11-17' }],
      }),
    [`GET ${base}/metrics/group-ranking`]: () =>
      json({
        metric: 'activeShare',
        order: 'desc',
        from: '2026-11-16',
        to: '2026-11-22',
        items: [
          { rank: 1, groupId: GROUP_1, name: '宝妈福利群 1', value: 0.375, membersAtEnd: 120 },
          { rank: 2, groupId: GROUP_2, name: '宝妈福利群 2', value: null, membersAtEnd: 0 },
        ],
        nextCursor: null,
      }),
    [`GET ${base}/alerts`]: () => json({ items: [alert], nextCursor: null }),
    ...overrides,
  });
}

const card = (id: string) => screen.getByTestId(`metric-${id}`);
const value = (id: string) => screen.getByTestId(`metric-${id}-value`);
const params = (requests: Request[], path: string) =>
  requests.filter((r) => new URL(r.url).pathname === `${base}${path}`).map((r) => new URL(r.url).searchParams);

describe('Dashboard', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the headline figures formatted in the UI language, with health in words', async () => {
    routes();
    renderWithProviders(<Dashboard workspaceId={WS} timeZone="Asia/Shanghai" currency="CNY" canResolve />);

    await screen.findByTestId('headline-cards');
    expect(value('newMembers')).toHaveTextContent('30');
    expect(value('members')).toHaveTextContent('120');
    expect(card('members')).toHaveTextContent('+20');
    expect(value('active')).toHaveTextContent('45');
    expect(card('active')).toHaveTextContent('37.5%');
    expect(value('messagesPerMember')).toHaveTextContent('1.08');
    expect(value('conversion')).toHaveTextContent('5%');
    expect(value('gmv')).toHaveTextContent('¥1,260.00');
    expect(card('gmv')).toHaveTextContent('¥180.00');
    expect(value('couponRedemption')).toHaveTextContent('44%');
    expect(value('redPacketSpend')).toHaveTextContent('¥300.00');
    expect(value('acquisitionCost')).toHaveTextContent('¥10.00');
    expect(value('responseTime')).toHaveTextContent('102.1秒');
    expect(card('responseTime')).toHaveTextContent('45秒'); // median
    expect(card('responseTime')).toHaveTextContent('6.7分钟'); // p90
    expect(card('responseTime')).toHaveTextContent('70%'); // within 5 minutes
    expect(value('kFactor')).toHaveTextContent('3');
    // the chart: active members (line) and new members (bars) per period
    // the chart's chunk is imported on first use: slow on a busy machine
    expect(await screen.findByTestId('chart', {}, { timeout: 12_000 })).toHaveTextContent('活跃成员:45,45 新增成员:30,30');

    // health in color and words; equal to the threshold is not above it
    expect(within(card('active')).getByText('健康')).toBeInTheDocument();
    expect(card('active')).toHaveTextContent('日均活跃占比 > 30% 为健康');
    expect(within(card('messagesPerMember')).getByText('未达标')).toBeInTheDocument();
    expect(within(card('conversion')).getByText('未达标')).toBeInTheDocument();
    expect(within(card('couponRedemption')).getByText('健康')).toBeInTheDocument();
    expect(within(card('acquisitionCost')).getByText('未达标')).toBeInTheDocument();
    expect(card('acquisitionCost')).toHaveTextContent('获客成本 < ¥10.00 为健康');
    expect(within(card('responseTime')).getByText('未达标')).toBeInTheDocument();
    // no threshold, no health
    expect(within(card('gmv')).queryByText('健康')).not.toBeInTheDocument();
    expect(within(card('gmv')).queryByText('未达标')).not.toBeInTheDocument();
  });

  it('compares every headline figure with the previous period of the same length', async () => {
    const { requests } = routes({
      [`GET ${base}/metrics/summary`]: (req) =>
        // the week before the shown one: fewer new members, a better response time, less GMV
        new URL(req.url).searchParams.get('to') === '2026-11-24'
          ? summary({ ...figures, newMembers: 24, conversionRate: 0.04, gmvMinor: 150000, responseTimeMeanSeconds: 120, kFactor: null })
          : summary(),
    });
    vi.useFakeTimers({ now: new Date('2026-12-01T04:00:00Z'), toFake: ['Date'] });
    renderWithProviders(<Dashboard workspaceId={WS} timeZone="Asia/Shanghai" currency="CNY" canResolve />);

    await screen.findByTestId('headline-cards');
    expect(screen.getByTestId('previous-period')).toHaveTextContent('上期：2026-11-18 至 2026-11-24');
    const delta = (id: string) => screen.getByTestId(`metric-${id}-delta`);
    await waitFor(() => expect(delta('newMembers')).toHaveAttribute('data-direction', 'up'));
    expect(delta('newMembers')).toHaveTextContent('较上期 上升 +6 (+25%)');
    expect(delta('conversion')).toHaveTextContent('上升 +1 个百分点');
    expect(delta('gmv')).toHaveTextContent('下降 -¥240.00 (-16%)');
    expect(delta('gmv')).toHaveClass('ant-typography-danger');
    // lower is better: a shorter response time is shown as good
    expect(delta('responseTime')).toHaveTextContent('下降 -17.9秒');
    expect(delta('responseTime')).toHaveClass('ant-typography-success');
    expect(delta('members')).toHaveAttribute('data-direction', 'flat');
    expect(delta('kFactor')).toHaveTextContent('上期无可比数据');
    const summaries = params(requests, '/metrics/summary');
    expect(summaries.some((p) => p.get('from') === '2026-11-18' && p.get('to') === '2026-11-24')).toBe(true);
  });

  it('puts the active-share badge on the daily active share, not on the active count', async () => {
    routes();
    renderWithProviders(<Dashboard workspaceId={WS} timeZone="Asia/Shanghai" currency="CNY" canResolve />);
    await screen.findByTestId('headline-cards');
    const headline = value('active').closest('.ant-flex')!;
    expect(within(headline as HTMLElement).queryByText('健康')).not.toBeInTheDocument();
    const line = within(card('active')).getByText('日均活跃占比').closest('.ant-flex')!;
    expect(line).toHaveTextContent('33%');
    expect(within(line as HTMLElement).getByText('健康')).toBeInTheDocument();
  });

  it('shows English labels and money when the language is English', async () => {
    await i18n.changeLanguage('en');
    routes();
    renderWithProviders(<Dashboard workspaceId={WS} timeZone="Asia/Shanghai" currency="CNY" canResolve />);

    await screen.findByTestId('headline-cards');
    expect(value('gmv')).toHaveTextContent('CN¥1,260.00');
    expect(value('responseTime')).toHaveTextContent('102.1 sec');
    expect(within(card('couponRedemption')).getByText('Healthy')).toBeInTheDocument();
    expect(within(card('conversion')).getByText('Unhealthy')).toBeInTheDocument();
  });

  it('shows "—" with "not applicable" for null figures, and no health for them', async () => {
    const user = userEvent.setup();
    routes({
      [`GET ${base}/metrics/summary`]: () =>
        summary({ ...figures, kFactor: null, couponRedemptionRate: null, couponsIssued: 0, couponsRedeemed: 0 }),
    });
    renderWithProviders(<Dashboard workspaceId={WS} timeZone="Asia/Shanghai" currency="CNY" canResolve />);

    await screen.findByTestId('headline-cards');
    expect(value('kFactor')).toHaveTextContent('—');
    expect(value('kFactor')).toHaveAccessibleName('不适用（分母为零）');
    expect(value('couponRedemption')).toHaveTextContent('—');
    expect(within(card('couponRedemption')).queryByText('健康')).not.toBeInTheDocument();
    expect(within(card('couponRedemption')).queryByText('未达标')).not.toBeInTheDocument();

    await user.hover(value('kFactor'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('不适用（分母为零）');
  });

  it('asks for the local days of the workspace time zone, and for one group when picked', async () => {
    // 2026-11-30 17:30 UTC: already 12-01 in Shanghai
    vi.useFakeTimers({ now: new Date('2026-11-30T17:30:00Z'), toFake: ['Date'] });
    const user = userEvent.setup();
    const { requests } = routes();
    renderWithProviders(<Dashboard workspaceId={WS} timeZone="Asia/Shanghai" currency="CNY" canResolve />);

    await screen.findByTestId('headline-cards');
    const first = params(requests, '/metrics/summary')[0];
    expect(first.get('from')).toBe('2026-11-25');
    expect(first.get('to')).toBe('2026-12-01');
    expect(first.has('groupId')).toBe(false);
    expect(screen.getByTestId('range-hint')).toHaveTextContent('Asia/Shanghai');

    await user.click(screen.getByText('近 30 天'));
    await waitFor(() => expect(params(requests, '/metrics/summary').some((p) => p.get('from') === '2026-11-02')).toBe(true));
    await user.click(screen.getByText('本月'));
    // this month so far, and the same number of days before it for the comparison
    await waitFor(() => expect(params(requests, '/metrics/summary').some((p) => p.get('from') === '2026-12-01' && p.get('to') === '2026-12-01')).toBe(true));
    await waitFor(() => expect(params(requests, '/metrics/summary').some((p) => p.get('from') === '2026-11-30' && p.get('to') === '2026-11-30')).toBe(true));
    // the ranking and the series follow the range
    await waitFor(() => expect(params(requests, '/metrics/group-ranking').at(-1)?.get('from')).toBe('2026-12-01'));
    expect(params(requests, '/metrics/group-ranking').at(-1)?.get('limit')).toBe('10');
    expect(params(requests, '/metrics/series').at(-1)?.get('interval')).toBe('day');

    await user.click(screen.getByRole('combobox', { name: '统计对象' }));
    await user.click(await screen.findByTitle('宝妈福利群 2'));
    await waitFor(() => expect(params(requests, '/metrics/summary').at(-1)?.get('groupId')).toBe(GROUP_2));
    await waitFor(() => expect(params(requests, '/metrics/series').at(-1)?.get('groupId')).toBe(GROUP_2));
    await waitFor(() => expect(params(requests, '/alerts').at(-1)?.get('groupId')).toBe(GROUP_2));
    expect(params(requests, '/alerts').at(-1)?.get('state')).toBe('open');
  });

  it('in a zone west of UTC, "this month" is still last month at that instant', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T03:00:00Z'), toFake: ['Date'] });
    const { requests } = routes();
    renderWithProviders(
      <Dashboard workspaceId={WS} timeZone="America/Los_Angeles" currency="USD" canResolve initialPreset="thisMonth" />,
    );
    await screen.findByTestId('headline-cards');
    const p = params(requests, '/metrics/summary')[0];
    expect([p.get('from'), p.get('to')]).toEqual(['2026-11-01', '2026-11-30']);
  });

  it('explains where figures come from when there are no events yet', async () => {
    routes({ [`GET ${base}/metrics/summary`]: () => summary(emptyFigures) });
    renderWithProviders(<Dashboard workspaceId={WS} timeZone="Asia/Shanghai" currency="CNY" canResolve />);

    const empty = await screen.findByTestId('dashboard-empty');
    expect(empty).toHaveTextContent('还没有事件');
    expect(empty).toHaveTextContent('合作伙伴工具');
    expect(within(empty).getByRole('link', { name: 'API 指南：推送事件' })).toHaveAttribute('href', expect.stringContaining('events'));
    expect(screen.queryByTestId('headline-cards')).not.toBeInTheDocument();
  });

  it('shows the problem when the figures cannot be loaded', async () => {
    routes({
      [`GET ${base}/metrics/summary`]: () =>
        problem({ type: 'https://shequn.io/problems/forbidden', title: 'Forbidden', status: 403, detail: 'operators limited to assigned groups may only ask for one of them' }),
    });
    renderWithProviders(<Dashboard workspaceId={WS} timeZone="Asia/Shanghai" currency="CNY" canResolve />);

    const alertBox = await screen.findByRole('alert');
    expect(alertBox).toHaveTextContent('无法加载指标');
    expect(alertBox).toHaveTextContent('operators limited to assigned groups');
  });
});
