import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyWorkspaces } from '../api/list-my-workspaces';

/** Select of the caller's workspaces; `onChange` gets the chosen workspace id. */
export function WorkspaceSwitcher({ value, onChange }: { value?: string; onChange: (workspaceId: string) => void }) {
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
      style={{ minWidth: 220 }}
      options={items.map(({ workspace }) => ({ value: workspace.id, label: workspace.name }))}
    />
  );
}
