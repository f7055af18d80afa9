import { Button, Result } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { FullPageSpin } from '@/components/FullPageSpin';
import type { SigninState } from '@/lib/auth';

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

/**
 * Renders its children for a signed-in user; anyone else goes to the Keycloak login page
 * (authorization code + PKCE) and comes back to the page they asked for.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const { t } = useTranslation();
  const redirecting = useRef(false);

  const mustSignIn =
    !hasAuthParams() && !auth.isAuthenticated && !auth.activeNavigator && !auth.isLoading && !auth.error;

  useEffect(() => {
    if (mustSignIn && !redirecting.current) {
      redirecting.current = true;
      const state: SigninState = { returnTo: currentPath() };
      void auth.signinRedirect({ state }).catch(() => {
        redirecting.current = false;
      });
    }
  }, [mustSignIn, auth]);

  if (auth.error && !auth.isAuthenticated) {
    return (
      <Result
        status="error"
        title={t('app.authError')}
        subTitle={auth.error.message}
        extra={
          <Button
            type="primary"
            onClick={() => void auth.signinRedirect({ state: { returnTo: currentPath() } satisfies SigninState })}
          >
            {t('app.retry')}
          </Button>
        }
      />
    );
  }
  if (!auth.isAuthenticated) {
    return <FullPageSpin tip={auth.isLoading ? t('app.loading') : t('app.signingIn')} />;
  }
  return <>{children}</>;
}
