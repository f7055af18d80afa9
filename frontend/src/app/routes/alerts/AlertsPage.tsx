import { ComingSoonPage } from '../ComingSoonPage';

/** Placeholder until the section's pages are built. */
export function AlertsPage() {
  return <ComingSoonPage section="alerts" />;
}
