import type { RankingMetric, RankingOrder } from '../api/get-group-ranking';
import type { HealthCheck } from '../api/get-group-health';
import type { FigureKind } from './format';

/** How each rankable figure is shown. */
export const RANKING_METRIC_KIND: Record<RankingMetric, FigureKind> = {
  membersAtStart: 'count',
  membersAtEnd: 'count',
  newMembers: 'count',
  leftMembers: 'count',
  netGrowth: 'signed',
  activeMembers: 'count',
  activeShare: 'percent',
  messages: 'count',
  buyers: 'count',
  conversionRate: 'percent',
  orders: 'count',
  gmvMinor: 'money',
  averageOrderValueMinor: 'money',
  couponsIssued: 'count',
  couponsRedeemed: 'count',
  couponRedemptionRate: 'percent',
  redPacketSpendMinor: 'money',
  acquisitionCostMinor: 'money',
  responseTimeMeanSeconds: 'seconds',
  answeredWithin5MinutesShare: 'percent',
  invitesAccepted: 'count',
  inviters: 'count',
  kFactor: 'decimal',
};

export const RANKING_METRICS = Object.keys(RANKING_METRIC_KIND) as RankingMetric[];

/** Figures where lower is better rank lowest first. */
export function defaultOrder(metric: RankingMetric): RankingOrder {
  return metric === 'acquisitionCostMinor' || metric === 'responseTimeMeanSeconds' || metric === 'leftMembers'
    ? 'asc'
    : 'desc';
}

export type CheckName = HealthCheck['check'];

/** How the value and threshold of a health check (or an alert of that kind) are shown. */
export const CHECK_KIND: Record<CheckName | 'over_capacity', FigureKind> = {
  daily_active_share: 'percent',
  messages_per_member_per_week: 'decimal',
  conversion_rate: 'percent',
  coupon_redemption_rate: 'percent',
  acquisition_cost: 'money',
  response_time: 'seconds',
  size: 'count',
  over_capacity: 'count',
};

export function isKnownCheck(kind: string): kind is CheckName | 'over_capacity' {
  return kind in CHECK_KIND;
}
