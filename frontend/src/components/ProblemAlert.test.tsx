import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import i18n from '@/lib/i18n';
import { ApiError } from '@/lib/problem';
import { renderWithProviders } from '@/test/render';
import { ProblemAlert } from './ProblemAlert';

describe('ProblemAlert', () => {
  it('says a network failure in the UI language, with a retry', async () => {
    const retry = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ProblemAlert error={new TypeError('Failed to fetch')} title="无法加载指标" onRetry={retry} />);
    const box = screen.getByRole('alert');
    expect(box).toHaveTextContent('无法加载指标');
    expect(box).toHaveTextContent('网络连接失败，请检查网络后重试。');
    expect(box).not.toHaveTextContent('Failed to fetch');
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('in English too; a problem keeps its detail', async () => {
    await i18n.changeLanguage('en');
    const { unmount } = renderWithProviders(<ProblemAlert error={new TypeError('NetworkError when attempting to fetch resource.')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not reach the server. Check the connection and retry.');
    unmount();
    renderWithProviders(
      <ProblemAlert error={new ApiError(503, { type: 'https://shequn.io/problems/unavailable', title: 'Service Unavailable', status: 503, detail: 'database down' })} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('database down');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
