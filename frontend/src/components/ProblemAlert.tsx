import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/problem';

/**
 * A request that never got an answer (offline, server unreachable, connection cut): fetch
 * rejects with a TypeError ("Failed to fetch", "NetworkError…", "Load failed") whose words
 * are the browser's, in the browser's language; the console says it in its own.
 */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError;
}

interface Props {
  error: unknown;
  title?: string;
  /** Offers a Retry button (refetch) — always worth it for a network error or a 5xx. */
  onRetry?: () => void;
}

/**
 * Shows an API error: the problem's title and detail, a network failure in the UI language,
 * or the message of any other error; with a Retry button when given one.
 */
export function ProblemAlert({ error, title, onRetry }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  const heading = title ?? problem?.title ?? t('app.error');
  const detail =
    problem && title ? [problem.title, problem.detail].filter(Boolean).join(': ') : problem?.detail;
  const description = isNetworkError(error)
    ? t('app.networkError')
    : (detail ?? (error instanceof Error ? error.message : String(error)));
  return (
    <Alert
      type="error"
      showIcon
      title={heading}
      description={description}
      role="alert"
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        )
      }
    />
  );
}
