import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { describe, expect, it, vi } from 'vitest';
import { UiProviders } from './providers';
import { RequireAuth } from './RequireAuth';

function renderWithAuth(auth: Partial<AuthContextProps>) {
  const value = {
    isLoading: false,
    isAuthenticated: false,
    activeNavigator: undefined,
    error: undefined,
    user: null,
    signinRedirect: vi.fn(async () => {}),
    ...auth,
  } as unknown as AuthContextProps;
  render(
    <AuthContext.Provider value={value}>
      <UiProviders queryClient={new QueryClient()}>
        <RequireAuth>
          <p>secret page</p>
        </RequireAuth>
      </UiProviders>
    </AuthContext.Provider>,
  );
  return value;
}

describe('RequireAuth', () => {
  it('sends an anonymous visitor to the login page, remembering where they were going', async () => {
    window.history.replaceState({}, '', '/w/123/settings?tab=1');
    const auth = renderWithAuth({});
    await waitFor(() => expect(auth.signinRedirect).toHaveBeenCalledTimes(1));
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/w/123/settings?tab=1' } });
    expect(screen.queryByText('secret page')).not.toBeInTheDocument();
    expect(screen.getByText('正在跳转到登录页…')).toBeInTheDocument();
    window.history.replaceState({}, '', '/');
  });

  it('waits while the login callback is processed', () => {
    window.history.replaceState({}, '', '/?code=abc&state=xyz');
    const auth = renderWithAuth({ isLoading: true });
    expect(auth.signinRedirect).not.toHaveBeenCalled();
    expect(screen.getByText('加载中…')).toBeInTheDocument();
    window.history.replaceState({}, '', '/');
  });

  it('shows the page to a signed-in user', () => {
    const auth = renderWithAuth({ isAuthenticated: true });
    expect(screen.getByText('secret page')).toBeInTheDocument();
    expect(auth.signinRedirect).not.toHaveBeenCalled();
  });

  it('offers to retry when the login failed', () => {
    renderWithAuth({ error: Object.assign(new Error('Failed to fetch'), { source: 'signinCallback' }) as never });
    expect(screen.getByText('登录失败')).toBeInTheDocument();
    expect(screen.getByText('Failed to fetch')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});
