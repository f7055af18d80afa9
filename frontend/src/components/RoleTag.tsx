import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';

type Role = components['schemas']['Role'];

const COLORS: Record<Role, string> = {
  owner: 'gold',
  admin: 'volcano',
  operator: 'blue',
  analyst: 'green',
  integration: 'purple',
};

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[role]} data-role={role}>
      {t(`role.${role}`)}
    </Tag>
  );
}
