import type { User } from 'oidc-client-ts';
import { AuthProvider } from 'react-oidc-context';
import { RouterProvider } from 'react-router/dom';
import { type SigninState, userManager } from '@/lib/auth';
import { createQueryClient } from '@/lib/query-client';
import { RequireAuth } from './RequireAuth';
import { UiProviders } from './providers';
import { createRouter } from './router';

const queryClient = createQueryClient();
const router = createRouter(queryClient);

/** Back from Keycloak: drop ?code&state from the URL and open the page asked for. */
function onSigninCallback(user: User | void) {
  const returnTo = (user?.state as SigninState | undefined)?.returnTo;
  const target = returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  void router.navigate(target, { replace: true });
}

export function App() {
  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
      <UiProviders queryClient={queryClient}>
        <RequireAuth>
          <RouterProvider router={router} />
        </RequireAuth>
      </UiProviders>
    </AuthProvider>
  );
}
