import type { FigureKind } from '@/lib/figures';
import type { RankingMetric, RankingOrder } from '../api/get-group-ranking';

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
