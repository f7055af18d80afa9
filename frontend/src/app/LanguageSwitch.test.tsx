import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WorkspaceList } from '@/features/workspaces/components/WorkspaceList';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { LanguageSwitch } from '@/components/LanguageSwitch';

describe('LanguageSwitch', () => {
  it('switches visible text from zh-CN to English and remembers the choice', async () => {
    mockFetch({
      'GET /api/v1/workspaces': () =>
        json({
          items: [
            {
              workspace: {
                id: '0190a7e0-0000-7000-8000-000000000001',
                name: '小鹿母婴旗舰店',
                timeZone: 'Asia/Shanghai',
                currency: 'CNY',
                createdAt: '2026-01-05T02:00:00Z',
                updatedAt: '2026-01-05T02:00:00Z',
              },
              role: 'operator',
            },
          ],
          nextCursor: null,
        }),
    });
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <LanguageSwitch />
        <WorkspaceList workspacePath={(id) => `/w/${id}`} />
      </>,
    );

    expect(await screen.findByText('运营')).toBeInTheDocument();
    expect(screen.getByText('我的工作区')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: '语言' }));
    await user.click(await screen.findByText('English'));

    expect(await screen.findByText('My workspaces')).toBeInTheDocument();
    expect(screen.getByText('Operator')).toBeInTheDocument();
    expect(screen.queryByText('我的工作区')).not.toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
