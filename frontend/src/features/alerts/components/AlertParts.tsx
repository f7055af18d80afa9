import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Figure } from '@/components/Figure';
import { CHECK_KIND, formatFigure, isKnownCheck } from '@/lib/figures';
import { formatDateTime } from '@/lib/format';
import type { Alert } from '../api/list-alerts';

/** The alert's kind in words (an unknown kind as the API names it). */
export function AlertKindLabel({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <>{isKnownCheck(kind) ? t(`figures.checks.${kind}`) : kind}</>;
}

/** "value / threshold", each formatted as its kind says (count, percent, money, seconds). */
export function AlertFigures({ alert, currency }: { alert: Alert; currency: string }) {
  const { i18n } = useTranslation();
  // a kind added to the API later is shown as a plain number
  const kind = isKnownCheck(alert.kind) ? CHECK_KIND[alert.kind] : 'decimal';
  return (
    <span data-testid="alert-figures">
      <Figure value={formatFigure(kind, alert.value, i18n.language, currency)} /> /{' '}
      <Figure value={formatFigure(kind, alert.threshold, i18n.language, currency)} />
    </span>
  );
}

interface StateProps {
  alert: Alert;
  timeZone: string;
  /** A person's name from an actor key ("user:<subject>"), when known. */
  actorName?: (actor: string) => string | undefined;
}

/** Open, or resolved: when, by whom (or by itself) and the note. */
export function AlertStateInfo({ alert, timeZone, actorName }: StateProps) {
  const { t, i18n } = useTranslation();
  if (alert.state === 'open') return <Tag color="error">{t('alerts.open')}</Tag>;
  const time = formatDateTime(alert.resolvedAt, i18n.language, timeZone);
  const who = alert.resolvedBy ? (actorName?.(alert.resolvedBy) ?? t('alerts.someone')) : null;
  return (
    <span>
      <Tag color="success">{t('alerts.resolved')}</Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {who ? t('alerts.resolvedBy', { time, who }) : t('alerts.resolvedAuto', { time })}
      </Typography.Text>
      {alert.resolutionNote && (
        <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }} data-testid="alert-note">
          {alert.resolutionNote}
        </Typography.Paragraph>
      )}
    </span>
  );
}
