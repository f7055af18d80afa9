import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { phoneViewport } from '@/test/viewport';
import type { ContributorKind } from '../api/list-top-contributors';
import { heat, RetentionHeatmap } from './RetentionHeatmap';
import { LifecycleChart } from './LifecycleChart';
import { SilentMembers } from './SilentMembers';
import { TopContributors } from './TopContributors';

const WS = '0190a7e0-0000-7000-8000-000000000001';
const GROUP_1 = '0190a7e0-0000-7000-8000-0000000000a1';
const GROUP_2 = '0190a7e0-0000-7000-8000-0000000000a2';
const BASE = `/api/v1/workspaces/${WS}`;
const id = (n: number) => `0190a7e0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const href = (m: string) => `/members/${m}`;

describe('SilentMembers', () => {
  it('lists silent members and exports every page as the outreach CSV', async () => {
    const { requests } = mockFetch({
      [`GET ${BASE}/metrics/silent-members`]: (r) => {
        const cursor = new URL(r.url).searchParams.get('cursor');
        return json(
          cursor
            ? { items: [{ memberId: id(2), displayName: '李, "二"', joinedAt: '2026-11-01T02:00:00Z', lastActiveAt: null, silentForDays: 21 }], nextCursor: null }
            : { items: [{ memberId: id(1), displayName: '王妈妈', joinedAt: '2026-11-01T02:00:00Z', lastActiveAt: '2026-11-10T13:00:00Z', silentForDays: 12 }], nextCursor: 'c2' },
        );
      },
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const onDays = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <SilentMembers workspaceId={WS} groupId={GROUP_1} timeZone="Asia/Shanghai" days={7} onDaysChange={onDays} memberHref={href} />,
    );
    const row = (await screen.findByRole('link', { name: '王妈妈' })).closest('tr')!;
    expect(row).toHaveTextContent('2026年11月10日');
    expect(row).toHaveTextContent('12 天');
    const first = new URL(requests[0].url).searchParams;
    expect(first.get('days')).toBe('7');
    expect(first.get('groupId')).toBe(GROUP_1);

    await user.click(screen.getByRole('button', { name: /导出触达名单 CSV/ }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const text = new TextDecoder().decode(await blobs[0].arrayBuffer());
    expect(text).toBe(
      `member_id,display_name,joined_at,last_active_at,silent_days\r\n${id(1)},王妈妈,2026-11-01T02:00:00Z,2026-11-10T13:00:00Z,12\r\n${id(2)},"李, ""二""",2026-11-01T02:00:00Z,,21\r\n`,
    );

    const daysInput = screen.getByRole('spinbutton', { name: '沉默超过（天）' });
    await user.clear(daysInput);
    await user.type(daysInput, '14{Enter}');
    expect(onDays.mock.calls).toEqual([[14]]);
  });
});

describe('TopContributors', () => {
  it('ranks the chosen kind, with the streak dates for check-ins', async () => {
    const { requests } = mockFetch({
      [`GET ${BASE}/metrics/top-contributors`]: (r) => {
        const kind = new URL(r.url).searchParams.get('kind');
        return json({
          kind,
          groupId: null,
          from: '2026-10-24',
          to: '2026-11-22',
          timeZone: 'Asia/Shanghai',
          items: [
            { rank: 1, memberId: id(1), displayName: '王妈妈', value: kind === 'check_in_streak' ? 9 : 321, streakStart: kind === 'check_in_streak' ? '2026-11-14' : null, streakEnd: kind === 'check_in_streak' ? '2026-11-22' : null },
          ],
        });
      },
    });
    function Harness() {
      const [kind, setKind] = useState<ContributorKind>('talkers');
      return <TopContributors workspaceId={WS} kind={kind} onKindChange={setKind} memberHref={href} />;
    }
    renderWithProviders(<Harness />);
    const row = (await screen.findByRole('link', { name: '王妈妈' })).closest('tr')!;
    expect(row).toHaveTextContent('321');
    expect(screen.getByRole('columnheader', { name: '发言数' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByText('连续打卡'));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: '连续打卡天数' })).toBeInTheDocument());
    expect(await screen.findByText(/11月14日.*–.*11月22日/)).toBeInTheDocument();
    expect(new URL(requests.at(-1)!.url).searchParams.get('kind')).toBe('check_in_streak');
  });
});

describe('RetentionHeatmap', () => {
  const report = {
    groupId: null,
    from: '2026-11-20',
    to: '2026-11-21',
    timeZone: 'Asia/Shanghai',
    cohorts: [
      { day: '2026-11-20', size: 10, day1: { retained: 6, share: 0.6 }, day7: { retained: 1, share: 0.1 }, day30: { retained: null, share: null } },
      { day: '2026-11-21', size: 0, day1: { retained: null, share: null }, day7: { retained: null, share: null }, day30: { retained: null, share: null } },
    ],
  };

  it('colours each cohort cell by its share, newest cohort first; days not over say so', async () => {
    mockFetch({ [`GET ${BASE}/metrics/retention`]: () => json(report) });
    renderWithProviders(<RetentionHeatmap workspaceId={WS} />);
    const rows = await screen.findAllByRole('row');
    // header, then 11-21 (empty cohort), then 11-20
    expect(rows[1]).toHaveTextContent('—');
    const cells = within(rows[2]).getAllByTestId('retention-cell');
    expect(cells.map((c) => c.textContent)).toEqual(['60%', '10%']);
    expect(cells[0]).toHaveStyle({ background: heat(0.6) });
    expect(rows[2]).toHaveTextContent('未到');
    expect(heat(0.6)).not.toBe(heat(0.1));
  });

  it('fits a phone without a horizontal scroll (a fixed-layout table)', async () => {
    phoneViewport();
    mockFetch({ [`GET ${BASE}/metrics/retention`]: () => json(report) });
    renderWithProviders(<RetentionHeatmap workspaceId={WS} groupId={GROUP_1} />);
    expect(await screen.findAllByTestId('retention-cell')).toHaveLength(2);
    expect(document.querySelector('.ant-table-content')?.getAttribute('style') ?? '').not.toContain('overflow-x: auto');
  });
});

describe('LifecycleChart', () => {
  it('asks for the all-groups curve and one per compared group', async () => {
    const curve = (groupCount: number) => ({ days: 30, timeZone: 'Asia/Shanghai', groupCount, points: [{ day: 0, value: 0.5, groups: groupCount }] });
    const { requests } = mockFetch({
      [`GET ${BASE}/metrics/lifecycle`]: (r) => json(curve(new URL(r.url).searchParams.getAll('groupIds').length || 6)),
    });
    renderWithProviders(
      <LifecycleChart
        workspaceId={WS}
        groups={[
          { id: GROUP_1, name: '宝妈福利群 1' },
          { id: GROUP_2, name: 'VIP 会员群' },
        ]}
        compared={[GROUP_1, GROUP_2]}
        onComparedChange={() => {}}
      />,
    );
    expect(await screen.findByTestId('lifecycle-groups')).toHaveTextContent('平均值覆盖 6 个社群');
    await waitFor(() => expect(requests).toHaveLength(3));
    const asked = requests.map((r) => new URL(r.url).searchParams.getAll('groupIds').join(','));
    expect(asked.sort()).toEqual(['', GROUP_1, GROUP_2].sort());
    expect(requests.every((r) => new URL(r.url).searchParams.get('days') === '30')).toBe(true);
  });
});
