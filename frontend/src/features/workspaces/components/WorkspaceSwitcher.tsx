import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyWorkspaces } from '../api/list-my-workspaces';

/** Select of the caller's workspaces; `onChange` gets the chosen workspace id. */
export function WorkspaceSwitcher({
  value,
  onChange,
  compact = false,
}: {
  value?: string;
  onChange: (workspaceId: string) => void;
  /** Narrow (phones): takes the room it is given, the name is cut with an ellipsis. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { items, isPending } = useMyWorkspaces();
  return (
    <Select<string>
      aria-label={t('header.switchWorkspace')}
      data-testid="workspace-switcher"
      placeholder={t('header.switchWorkspace')}
      value={value}
      loading={isPending}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      style={compact ? { width: '100%', minWidth: 0 } : { minWidth: 220 }}
      popupMatchSelectWidth={compact ? 260 : true}
      options={items.map(({ workspace }) => ({ value: workspace.id, label: workspace.name }))}
    />
  );
}
