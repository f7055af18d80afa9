import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** A formatted figure, or "—" with the explanation when it is not applicable (null). */
export function Figure({ value, testId }: { value: string | null; testId?: string }) {
  const { t } = useTranslation();
  if (value !== null) return <span data-testid={testId}>{value}</span>;
  return (
    <Tooltip title={t('figures.notApplicable')}>
      <span data-testid={testId} aria-label={t('figures.notApplicable')} data-not-applicable="true">
        —
      </span>
    </Tooltip>
  );
}
