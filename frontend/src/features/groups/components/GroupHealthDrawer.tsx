import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DayRange } from '@/lib/day-range';
import { GroupHealthDetails } from './GroupHealthDetails';

interface Props {
  workspaceId: string;
  range: DayRange;
  currency: string;
  /** The group shown; the drawer is closed without one. */
  group: { id: string; name: string } | null;
  onClose: () => void;
  /** The best size band, for the size check's words. */
  sizeBand?: { min: number; max: number };
}

/** A group's health score over the range, with each check passed or failed (GET .../groups/{id}/health). */
export function GroupHealthDrawer({ workspaceId, range, currency, group, onClose, sizeBand }: Props) {
  const { t } = useTranslation();

  return (
    <Drawer
      open={group !== null}
      onClose={onClose}
      size={560}
      title={group ? t('groups.health.title', { name: group.name }) : ''}
      data-testid="group-health"
    >
      {group && <GroupHealthDetails workspaceId={workspaceId} groupId={group.id} range={range} currency={currency} sizeBand={sizeBand} />}
    </Drawer>
  );
}
