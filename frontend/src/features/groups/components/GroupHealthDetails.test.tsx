import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { GroupHealthDetails } from './GroupHealthDetails';

const WS = '0190a7e0-0000-7000-8000-000000000001';
const GROUP = '0190a7e0-0000-7000-8000-0000000000a1';
const range = { from: '2026-11-16', to: '2026-11-22' };

describe('GroupHealthDetails', () => {
  it('says the size check gives full marks in the best band and half up to the limit (docs/metrics.md)', async () => {
    mockFetch({
      [`GET /api/v1/workspaces/${WS}/groups/${GROUP}/health`]: () =>
        json({
          groupId: GROUP,
          ...range,
          score: 50,
          points: 0.5,
          checksCounted: 1,
          checks: [{ check: 'size', value: 120, threshold: 350, comparison: 'at_most', passed: true, points: 0.5, counted: true }],
        }),
    });
    renderWithProviders(
      <GroupHealthDetails workspaceId={WS} groupId={GROUP} range={range} currency="CNY" sizeBand={{ min: 150, max: 200 }} />,
    );
    const row = (await screen.findByText('社群规模')).closest('tr')!;
    expect(row).toHaveTextContent('150–200 人满分；其他不超过 350 人得 0.5 分');
    expect(row).toHaveTextContent('部分通过（0.5 分）');
  });
});
