import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/problem';

/** Shows an API error: the problem's title and detail, or the message of any other error. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  const heading = title ?? problem?.title ?? t('app.error');
  const detail =
    problem && title ? [problem.title, problem.detail].filter(Boolean).join(': ') : problem?.detail;
  const description = detail ?? (error instanceof Error ? error.message : String(error));
  return <Alert type="error" showIcon title={heading} description={description} role="alert" />;
}
