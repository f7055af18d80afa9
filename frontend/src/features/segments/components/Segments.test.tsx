import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import type { Segment } from '../api/list-segments';
import { SaveSegmentButton } from './SaveSegmentButton';
import { SegmentList } from './SegmentList';

const WS = '0190a7e0-0000-7000-8000-000000000001';
const GROUP = '0190a7e0-0000-7000-8000-0000000000a1';
const BASE = `/api/v1/workspaces/${WS}`;
const groupNames = new Map([[GROUP, '宝妈福利群 1']]);

const segment: Segment = {
  id: '0190a7e0-0000-7000-8000-0000000000s1',
  name: '沉默 7 天的宝妈',
  filter: { tags: ['宝妈'], silentDays: 7, groupId: GROUP },
  memberCount: 1234,
  createdAt: '2026-11-20T02:00:00Z',
  updatedAt: '2026-11-20T02:00:00Z',
};

describe('SaveSegmentButton', () => {
  it('saves the filter with an Idempotency-Key and says how many members it holds', async () => {
    const { requests } = mockFetch({ [`POST ${BASE}/segments`]: () => json(segment, { status: 201 }) });
    const user = userEvent.setup();
    renderWithProviders(<SaveSegmentButton workspaceId={WS} filter={segment.filter} groupNames={groupNames} />);

    await user.click(screen.getByRole('button', { name: '保存为分群' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('segment-filter')).toHaveTextContent('标签任一：宝妈 · 在群「宝妈福利群 1」 · 沉默 ≥ 7 天');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请输入名称')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('名称'), '沉默 7 天的宝妈');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('分群「沉默 7 天的宝妈」已保存，当前 1,234 位成员')).toBeInTheDocument();
    const post = requests[0];
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({ name: '沉默 7 天的宝妈', filter: segment.filter });
  });

  it('puts a field error of the problem on the field', async () => {
    mockFetch({
      [`POST ${BASE}/segments`]: () =>
        problem({
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          errors: [{ pointer: '/name', detail: 'a segment with this name exists' }],
        }),
    });
    const user = userEvent.setup();
    renderWithProviders(<SaveSegmentButton workspaceId={WS} filter={{}} groupNames={groupNames} />);
    await user.click(screen.getByRole('button', { name: '保存为分群' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('segment-filter')).toHaveTextContent('没有筛选条件（全部成员）');
    await user.type(within(dialog).getByLabelText('名称'), '全部');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('a segment with this name exists')).toBeInTheDocument();
  });
});

describe('SegmentList', () => {
  it('lists segments with their counts and links, and deletes one with If-Match', async () => {
    let deleted = false;
    const { requests } = mockFetch({
      [`GET ${BASE}/segments`]: () => json({ items: deleted ? [] : [segment], nextCursor: null }),
      [`GET ${BASE}/segments/${segment.id}`]: () => json(segment, { headers: { ETag: '"s1"' } }),
      [`DELETE ${BASE}/segments/${segment.id}`]: () => {
        deleted = true;
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    renderWithProviders(
      <SegmentList workspaceId={WS} canEdit groupNames={groupNames} segmentHref={(s) => `/members?segment=${s.id}`} />,
    );
    const row = (await screen.findByRole('link', { name: '沉默 7 天的宝妈' })).closest('tr')!;
    expect(within(row).getByRole('link')).toHaveAttribute('href', `/members?segment=${segment.id}`);
    expect(row).toHaveTextContent('1,234');
    await user.click(within(row).getByRole('button', { name: '删除' }));
    await user.click(await screen.findByRole('button', { name: '确定' }));
    expect(await screen.findByText('分群已删除')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('沉默 7 天的宝妈')).not.toBeInTheDocument());
    expect(requests.find((r) => r.method === 'DELETE')!.headers.get('If-Match')).toBe('"s1"');
  });

  it('has no delete for an analyst', async () => {
    mockFetch({ [`GET ${BASE}/segments`]: () => json({ items: [segment], nextCursor: null }) });
    renderWithProviders(
      <SegmentList workspaceId={WS} canEdit={false} groupNames={groupNames} segmentHref={() => '/'} />,
    );
    expect(await screen.findByText('沉默 7 天的宝妈')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
  });
});
