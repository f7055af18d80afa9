import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/lib/roles';

/** Roles a user can hold (integration is for partner clients). */
export const USER_ROLES: Role[] = ['owner', 'admin', 'operator', 'analyst'];

interface Props {
  value?: Role;
  onChange?: (role: Role) => void;
  /** Owners may hand out the owner role; admins may not. */
  allowOwner: boolean;
  disabled?: boolean;
  ariaLabel: string;
  loading?: boolean;
}

export function RoleSelect({ value, onChange, allowOwner, disabled, ariaLabel, loading }: Props) {
  const { t } = useTranslation();
  return (
    <Select<Role>
      aria-label={ariaLabel}
      value={value}
      onChange={onChange}
      disabled={disabled}
      loading={loading}
      style={{ minWidth: 120 }}
      options={USER_ROLES.filter((r) => allowOwner || r !== 'owner' || r === value).map((r) => ({
        value: r,
        label: t(`role.${r}`),
        disabled: r === 'owner' && !allowOwner,
      }))}
    />
  );
}
