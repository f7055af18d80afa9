import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MetricThresholds } from '../api/get-metric-thresholds';
import type { MetricsFigures } from '../api/get-metrics-summary';
import {
  formatCount,
  formatDecimal,
  formatMoney,
  formatPercent,
  formatSeconds,
  formatSigned,
  type FigureKind,
} from '@/lib/figures';
import { delta as deltaOf } from '../utils/delta';
import { judge, THRESHOLD_DIRECTION, type ThresholdKey } from '../utils/health';
import { MetricCard, type MetricCardProps } from './MetricCard';

interface Props {
  figures: MetricsFigures;
  currency: string;
  thresholds: MetricThresholds | undefined;
  /** The figures of the previous period of the same length (undefined while loading). */
  previous?: MetricsFigures;
  previousPending?: boolean;
}

/** The headline figures of docs/metrics.md, one card each. */
export function HeadlineCards({ figures: f, currency, thresholds, previous, previousPending }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const count = (v: number | null | undefined) => formatCount(v, lng);
  const percent = (v: number | null | undefined) => formatPercent(v, lng);
  const money = (v: number | null | undefined) => formatMoney(v, currency, lng);
  const seconds = (v: number | null | undefined) => formatSeconds(v, lng);

  /** Health of a figure and the threshold in words. */
  const health = (key: ThresholdKey, value: number | null, name: string, format: (v: number) => string | null) => {
    if (!thresholds) return {};
    const note = t(THRESHOLD_DIRECTION[key] === 'above' ? 'metrics.thresholdAbove' : 'metrics.thresholdBelow', {
      name,
      value: format(thresholds[key]),
    });
    return { health: judge(key, value, thresholds), healthNote: note };
  };

  /** The headline figure against the previous period (what the arrow and the change say). */
  const change = (
    key: keyof MetricsFigures,
    kind: FigureKind,
    options: { lowerIsBetter?: boolean; neutral?: boolean } = {},
  ): Pick<MetricCardProps, 'delta' | 'deltaPending'> => ({
    deltaPending: previousPending,
    delta: previous
      ? deltaOf(kind, f[key] as number | null, previous[key] as number | null, {
          language: lng,
          currency,
          ...options,
          points: (value) => t('metrics.delta.points', { value }),
        })
      : null,
  });

  const cards: MetricCardProps[] = [
    {
      id: 'newMembers',
      title: t('metrics.cards.newMembers'),
      value: count(f.newMembers),
      ...change('newMembers', 'count'),
      lines: [{ label: t('metrics.cards.leftMembers'), value: count(f.leftMembers) }],
    },
    {
      id: 'members',
      title: t('metrics.cards.members'),
      value: count(f.membersAtEnd),
      ...change('membersAtEnd', 'count'),
      lines: [{ label: t('metrics.cards.netGrowth'), value: formatSigned(f.netGrowth, lng) }],
    },
    {
      id: 'active',
      title: t('metrics.cards.activeMembers'),
      value: count(f.activeMembers),
      ...change('activeMembers', 'count'),
      // the threshold judges the daily active share (health check of docs/metrics.md): its
      // badge sits on that figure, not on the count
      healthNote: health('dailyActiveShare', f.dailyActiveShare, t('metrics.cards.dailyActiveShare'), percent).healthNote,
      lines: [
        { label: t('metrics.cards.activeShare'), value: percent(f.activeShare) },
        {
          label: t('metrics.cards.dailyActiveShare'),
          value: percent(f.dailyActiveShare),
          health: health('dailyActiveShare', f.dailyActiveShare, t('metrics.cards.dailyActiveShare'), percent).health,
        },
      ],
    },
    {
      id: 'messagesPerMember',
      title: t('metrics.cards.messagesPerMember'),
      value: formatDecimal(f.messagesPerMemberPerWeek, lng),
      ...change('messagesPerMemberPerWeek', 'decimal'),
      ...health('messagesPerMemberPerWeek', f.messagesPerMemberPerWeek, t('metrics.cards.messagesPerMember'), (v) =>
        formatDecimal(v, lng),
      ),
      lines: [{ label: t('metrics.cards.messages'), value: count(f.messages) }],
    },
    {
      id: 'conversion',
      title: t('metrics.cards.conversionRate'),
      value: percent(f.conversionRate),
      ...change('conversionRate', 'percent'),
      ...health('conversionRate', f.conversionRate, t('metrics.cards.conversionRate'), percent),
      lines: [{ label: t('metrics.cards.buyers'), value: count(f.buyers) }],
    },
    {
      id: 'gmv',
      title: t('metrics.cards.gmv'),
      value: money(f.gmvMinor),
      ...change('gmvMinor', 'money'),
      lines: [
        { label: t('metrics.cards.averageOrderValue'), value: money(f.averageOrderValueMinor) },
        { label: t('metrics.cards.orders'), value: count(f.orders) },
        ...(f.excludedOtherCurrency > 0
          ? [{ label: t('metrics.cards.excludedOtherCurrency'), value: count(f.excludedOtherCurrency) }]
          : []),
      ],
    },
    {
      id: 'couponRedemption',
      title: t('metrics.cards.couponRedemption'),
      value: percent(f.couponRedemptionRate),
      ...change('couponRedemptionRate', 'percent'),
      ...health('couponRedemptionRate', f.couponRedemptionRate, t('metrics.cards.couponRedemption'), percent),
      lines: [
        { label: t('metrics.cards.couponsRedeemed'), value: count(f.couponsRedeemed) },
        { label: t('metrics.cards.couponsIssued'), value: count(f.couponsIssued) },
      ],
    },
    {
      id: 'redPacketSpend',
      title: t('metrics.cards.redPacketSpend'),
      value: money(f.redPacketSpendMinor),
      ...change('redPacketSpendMinor', 'money', { neutral: true }),
    },
    {
      id: 'acquisitionCost',
      title: t('metrics.cards.acquisitionCost'),
      value: money(f.acquisitionCostMinor),
      ...change('acquisitionCostMinor', 'money', { lowerIsBetter: true }),
      ...health('acquisitionCostMinor', f.acquisitionCostMinor, t('metrics.cards.acquisitionCost'), money),
    },
    {
      id: 'responseTime',
      title: t('metrics.cards.responseTime'),
      value: seconds(f.responseTimeMeanSeconds),
      ...change('responseTimeMeanSeconds', 'seconds', { lowerIsBetter: true }),
      ...health('responseTimeSeconds', f.responseTimeMeanSeconds, t('metrics.cards.responseTimeMean'), seconds),
      lines: [
        { label: t('metrics.cards.median'), value: seconds(f.responseTimeMedianSeconds) },
        { label: t('metrics.cards.p90'), value: seconds(f.responseTimeP90Seconds) },
        { label: t('metrics.cards.within5Minutes'), value: percent(f.answeredWithin5MinutesShare) },
        { label: t('metrics.cards.unanswered'), value: count(f.unansweredQuestions) },
      ],
    },
    {
      id: 'kFactor',
      title: t('metrics.cards.kFactor'),
      value: formatDecimal(f.kFactor, lng),
      ...change('kFactor', 'decimal'),
      lines: [
        { label: t('metrics.cards.invitesAccepted'), value: count(f.invitesAccepted) },
        { label: t('metrics.cards.inviters'), value: count(f.inviters) },
      ],
    },
  ];

  return (
    <Row gutter={[16, 16]} data-testid="headline-cards">
      {cards.map((card) => (
        <Col key={card.id} xs={24} sm={12} lg={8} xxl={6}>
          <MetricCard {...card} />
        </Col>
      ))}
    </Row>
  );
}
