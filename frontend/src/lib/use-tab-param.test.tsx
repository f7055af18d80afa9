import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useTabParam } from './use-tab-param';

const TABS = ['overview', 'members', 'timeline'] as const;
let choose: (tab: string) => void = () => {};

function Probe({ clearOthers }: { clearOthers?: boolean }) {
  const [tab, setTab] = useTabParam(TABS, { clearOthers });
  choose = setTab;
  return (
    <div>
      <span data-testid="tab">{tab}</span>
      <span data-testid="search">{useLocation().search}</span>
    </div>
  );
}

const renderAt = (url: string, clearOthers?: boolean) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Probe clearOthers={clearOthers} />
    </MemoryRouter>,
  );

describe('useTabParam', () => {
  it('reads the tab from the URL; a missing or unknown one is the first tab', () => {
    renderAt('/g?tab=timeline');
    expect(screen.getByTestId('tab')).toHaveTextContent('timeline');
  });

  it('falls back to the first tab for an unknown value', () => {
    renderAt('/g?tab=nope');
    expect(screen.getByTestId('tab')).toHaveTextContent('overview');
  });

  it('keeps the other parameters and drops tab= for the first tab', () => {
    renderAt('/g?period=last30');
    act(() => choose('members'));
    expect(screen.getByTestId('search')).toHaveTextContent('?period=last30&tab=members');
    act(() => choose('overview'));
    expect(screen.getByTestId('search')).toHaveTextContent(/^\?period=last30$/);
  });

  it('with clearOthers, a tab change drops the previous tab filters', () => {
    renderAt('/s?tab=audit&cursor=abc', true);
    act(() => choose('timeline'));
    expect(screen.getByTestId('search')).toHaveTextContent(/^\?tab=timeline$/);
  });
});
