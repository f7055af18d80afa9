import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { renderWithProviders } from '@/test/render';
import { DashboardFilters } from './DashboardFilters';

function renderFilters() {
  return renderWithProviders(
    <DashboardFilters
      timeZone="Asia/Shanghai"
      preset="custom"
      range={{ from: '2026-11-16', to: '2026-11-22' }}
      onPreset={() => undefined}
      onCustom={() => undefined}
      groups={[]}
      groupsTruncated={false}
      groupsLoading={false}
      groupId={undefined}
      onGroup={() => undefined}
    />,
  );
}

const weekHeader = () =>
  [...document.querySelectorAll('.ant-picker-panel:first-child .ant-picker-content thead th')].map((th) => th.textContent);

describe('DashboardFilters date picker', { timeout: 45_000 }, () => {
  it('speaks Chinese and starts weeks on Monday', async () => {
    const user = userEvent.setup({ delay: null });
    renderFilters();
    await user.click(screen.getAllByRole('textbox')[0]);
    expect(await screen.findAllByText('11月')).not.toHaveLength(0);
    expect(weekHeader()[0]).toBe('一');
  });

  it('speaks English and still starts weeks on Monday', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup({ delay: null });
    renderFilters();
    await user.click(screen.getAllByRole('textbox')[0]);
    expect(await screen.findAllByText('Nov')).not.toHaveLength(0);
    expect(weekHeader()[0]).toBe('Mo');
    expect(weekHeader()[6]).toBe('Su');
  });
});
