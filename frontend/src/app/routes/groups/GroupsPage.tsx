import { ComingSoonPage } from '../ComingSoonPage';

/** Placeholder until the section's pages are built. */
export function GroupsPage() {
  return <ComingSoonPage section="groups" />;
}
