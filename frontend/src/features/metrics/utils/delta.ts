import { formatDecimal, formatMoney, formatPercent, formatSeconds, formatSigned, type FigureKind } from '@/lib/figures';

export type Direction = 'up' | 'down' | 'flat';

export interface Delta {
  /** The change in the figure's unit, signed: "+12", "+2.5 pp", "-¥30.00". */
  change: string;
  /** The relative change, for counts and money with a non-zero previous figure: "+15%". */
  relative: string | null;
  direction: Direction;
  /** Whether the change is for the better; null where neither way is better (spend). */
  good: boolean | null;
}

/**
 * The change of a figure against the previous period of the same length; null when either
 * figure is not applicable. Shares change in percentage points (`points` formats them).
 */
export function delta(
  kind: FigureKind,
  current: number | null | undefined,
  previous: number | null | undefined,
  options: { language: string; currency: string; lowerIsBetter?: boolean; neutral?: boolean; points: (value: string) => string },
): Delta | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  const { language, currency } = options;
  const diff = current - previous;
  const direction: Direction = Math.abs(diff) < 1e-9 ? 'flat' : diff > 0 ? 'up' : 'down';
  const sign = diff > 0 ? '+' : diff < 0 ? '-' : '';
  const abs = Math.abs(diff);
  let change: string;
  switch (kind) {
    case 'percent':
      change = options.points(`${sign}${formatDecimal(abs * 100, language, 1)}`);
      break;
    case 'money':
      change = `${sign}${formatMoney(abs, currency, language)}`;
      break;
    case 'seconds':
      change = `${sign}${formatSeconds(abs, language)}`;
      break;
    case 'decimal':
      change = `${sign}${formatDecimal(abs, language)}`;
      break;
    default:
      change = formatSigned(diff, language) ?? '';
  }
  const relative =
    (kind === 'count' || kind === 'signed' || kind === 'money') && previous !== 0 && direction !== 'flat'
      ? formatPercent(diff / Math.abs(previous), language)
      : null;
  const good =
    options.neutral || direction === 'flat' ? null : options.lowerIsBetter ? direction === 'down' : direction === 'up';
  return { change, relative: relative && diff > 0 ? `+${relative}` : relative, direction, good };
}
