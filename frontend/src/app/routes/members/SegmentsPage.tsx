import { Flex, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { fromApiFilter, writeFilter } from '@/features/members/utils/filter';
import { SegmentList } from '@/features/segments/components/SegmentList';
import { paths } from '@/app/paths';
import { MembersNav } from './MembersNav';
import { useMembersContext } from './workspace-context';

/** Saved segments; opening one shows its members in the member list (its filter in the URL). */
export function SegmentsPage() {
  const { workspaceId = '' } = useParams();
  const ctx = useMembersContext(workspaceId);
  const groupNames = useMemo(() => new Map(ctx.groups.map((g) => [g.id, g.name])), [ctx.groups]);

  if (ctx.workspace.isPending) return <Skeleton active />;
  if (ctx.workspace.error) return <ProblemAlert error={ctx.workspace.error} />;
  return (
    <Flex vertical gap={16}>
      <MembersNav workspaceId={workspaceId} current="segments" />
      <SegmentList
        workspaceId={workspaceId}
        canEdit={ctx.canEdit}
        groupNames={groupNames}
        segmentHref={(segment) =>
          `${paths.workspaceSection(workspaceId, 'members')}?${writeFilter(new URLSearchParams(), fromApiFilter(segment.filter, segment.id))}`
        }
      />
    </Flex>
  );
}
