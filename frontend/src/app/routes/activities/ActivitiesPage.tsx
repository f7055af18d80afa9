import { ComingSoonPage } from '../ComingSoonPage';

/** Placeholder until the section's pages are built. */
export function ActivitiesPage() {
  return <ComingSoonPage section="activities" />;
}
