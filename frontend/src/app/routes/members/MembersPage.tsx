import { ComingSoonPage } from '../ComingSoonPage';

/** Placeholder until the section's pages are built. */
export function MembersPage() {
  return <ComingSoonPage section="members" />;
}
