import { useTranslation } from 'react-i18next';
import { ComingSoon } from '@/components/ComingSoon';
import type { WorkspaceSection } from '../paths';

/** Groups, members and activities are filled in by later work. */
export function ComingSoonPage({ section }: { section: WorkspaceSection }) {
  const { t } = useTranslation();
  return <ComingSoon title={t(`nav.${section}`)} />;
}
