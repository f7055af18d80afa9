import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { thresholds, WS } from './fixtures.test-data';
import { ThresholdsSettings } from './ThresholdsSettings';

const url = `/api/v1/workspaces/${WS}/metrics/thresholds`;
const changed = { ...thresholds, dailyActiveShare: 0.4, acquisitionCostMinor: 1500, defaults: false, updatedAt: '2026-12-01T02:00:00Z' };

function renderSettings(canEdit = true) {
  return renderWithProviders(<ThresholdsSettings workspaceId={WS} currency="CNY" timeZone="Asia/Shanghai" canEdit={canEdit} />);
}

// forms with many inputs are slow to drive on a busy machine
describe('ThresholdsSettings', { timeout: 90_000 }, () => {
  it('shows the thresholds next to the seed defaults and saves a change with If-Match', async () => {
    let saved = false;
    const { requests } = mockFetch({
      [`GET ${url}`]: () => (saved ? json(changed, { headers: { ETag: '"t2"' } }) : json(thresholds, { headers: { ETag: '"t1"' } })),
      [`PUT ${url}`]: () => {
        saved = true;
        return json(changed, { headers: { ETag: '"t2"' } });
      },
    });
    const user = userEvent.setup({ delay: null });
    renderSettings();

    const share = await screen.findByRole('spinbutton', { name: '日均活跃占比' });
    await waitFor(() => expect(share).toHaveValue('30.00'));
    expect(screen.getByText('正在使用默认标准')).toBeInTheDocument();
    const costRow = screen.getByText('获客成本').closest('tr')!;
    expect(costRow).toHaveTextContent('¥10.00'); // the default, in yuan
    expect(within(costRow).getByRole('spinbutton')).toHaveValue('10.00');

    await user.clear(share);
    await user.type(share, '40');
    const cost = within(costRow).getByRole('spinbutton');
    await user.clear(cost);
    await user.type(cost, '15');
    await user.click(screen.getByRole('button', { name: '保存阈值' }));

    expect(await screen.findByText('阈值已保存')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"t1"');
    // only what changed, in API units (fraction, minor units)
    expect(await put.json()).toEqual({ dailyActiveShare: 0.4, acquisitionCostMinor: 1500 });
    expect(await screen.findByText(/最近修改/)).toHaveTextContent('Asia/Shanghai');
  });

  it('puts a default back, and saves it', async () => {
    const { requests } = mockFetch({
      [`GET ${url}`]: () => json(changed, { headers: { ETag: '"t2"' } }),
      [`PUT ${url}`]: () => json({ ...changed, dailyActiveShare: 0.3 }, { headers: { ETag: '"t3"' } }),
    });
    const user = userEvent.setup({ delay: null });
    renderSettings();

    const share = await screen.findByRole('spinbutton', { name: '日均活跃占比' });
    await waitFor(() => expect(share).toHaveValue('40.00'));
    await user.click(screen.getByRole('button', { name: '恢复默认: 日均活跃占比' }));
    expect(share).toHaveValue('30.00');
    await user.click(screen.getByRole('button', { name: '保存阈值' }));
    await screen.findByText('阈值已保存');
    expect(await requests.find((r) => r.method === 'PUT')!.json()).toEqual({ dailyActiveShare: 0.3 });
  });

  it('offers reload or overwrite when someone changed them meanwhile (412)', async () => {
    let version = 1;
    const { requests } = mockFetch({
      [`GET ${url}`]: () => json(thresholds, { headers: { ETag: `"t${version}"` } }),
      [`PUT ${url}`]: (req) =>
        req.headers.get('If-Match') === `"t${version}"`
          ? json(changed, { headers: { ETag: '"t9"' } })
          : problem({ type: 'https://shequn.io/problems/stale', title: 'Precondition Failed', status: 412 }),
    });
    const user = userEvent.setup({ delay: null });
    renderSettings();
    const share = await screen.findByRole('spinbutton', { name: '日均活跃占比' });
    await waitFor(() => expect(share).toHaveValue('30.00'));
    version = 2; // someone else saved
    await user.clear(share);
    await user.type(share, '40');
    await user.click(screen.getByRole('button', { name: '保存阈值' }));

    const stale = await screen.findByTestId('stale-version');
    await user.click(within(stale).getByRole('button', { name: '覆盖' }));
    expect(await screen.findByText('阈值已保存')).toBeInTheDocument();
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.headers.get('If-Match'))).toEqual(['"t1"', '"t2"']);
  });

  it('shows a field error on its field', async () => {
    mockFetch({
      [`GET ${url}`]: () => json(thresholds, { headers: { ETag: '"t1"' } }),
      [`PUT ${url}`]: () =>
        problem({
          type: 'https://shequn.io/problems/validation',
          title: 'Request is not valid',
          status: 400,
          errors: [{ pointer: '/sizeBestMin', detail: 'must not be above sizeBestMax' }],
        }),
    });
    const user = userEvent.setup({ delay: null });
    renderSettings();
    const min = await screen.findByRole('spinbutton', { name: '最佳规模下限（人）' });
    await waitFor(() => expect(min).toHaveValue('150'));
    await user.clear(min);
    await user.type(min, '250');
    await user.click(screen.getByRole('button', { name: '保存阈值' }));
    expect(await screen.findByText('must not be above sizeBestMax')).toBeInTheDocument();
  });

  it('is read-only for analysts: values, no inputs, no buttons', async () => {
    mockFetch({ [`GET ${url}`]: () => json(changed, { headers: { ETag: '"t2"' } }) });
    renderSettings(false);
    expect(await screen.findByTestId('threshold-dailyActiveShare')).toHaveTextContent('40%');
    expect(screen.getByTestId('threshold-acquisitionCostMinor')).toHaveTextContent('¥15.00');
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('只有所有者和管理员可以修改阈值。')).toBeInTheDocument();
  });
});
