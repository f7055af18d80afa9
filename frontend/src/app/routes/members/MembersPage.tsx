import { Flex, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { MemberList } from '@/features/members/components/MemberList';
import { fromApiFilter, toApiFilter, toQuery, writeFilter } from '@/features/members/utils/filter';
import { ExportMembersButton } from '@/features/imports/components/ExportMembersButton';
import { SaveSegmentButton } from '@/features/segments/components/SaveSegmentButton';
import { SegmentPicker } from '@/features/segments/components/SegmentPicker';
import { paths } from '@/app/paths';
import { MembersNav } from './MembersNav';
import { useMembersContext } from './workspace-context';

/**
 * Members of the workspace: filters in the URL, cursor pages, bulk tagging; a saved segment
 * applies its filter; the current filter can be saved as a segment or exported as CSV.
 */
export function MembersPage() {
  const { workspaceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const ctx = useMembersContext(workspaceId);
  const groupNames = useMemo(() => new Map(ctx.groups.map((g) => [g.id, g.name])), [ctx.groups]);

  if (ctx.workspace.isPending) return <Skeleton active />;
  if (ctx.workspace.error) return <ProblemAlert error={ctx.workspace.error} />;
  return (
    <Flex vertical gap={16}>
      <MembersNav workspaceId={workspaceId} current="list" />
      <MemberList
        key={workspaceId}
        workspaceId={workspaceId}
        timeZone={ctx.timeZone}
        canEdit={ctx.canEdit}
        groups={ctx.groups}
        memberHref={(id) => paths.member(workspaceId, id)}
        filterExtra={
          <SegmentPicker
            workspaceId={workspaceId}
            value={params.get('segment') ?? undefined}
            onPick={(segment) =>
              setParams(writeFilter(params, segment ? fromApiFilter(segment.filter, segment.id) : { tags: [] }))
            }
          />
        }
        actions={(filter) => (
          <>
            {ctx.canEdit && (
              <SaveSegmentButton
                workspaceId={workspaceId}
                filter={toApiFilter(filter)}
                groupNames={groupNames}
                onSaved={(segment) => setParams(writeFilter(params, { ...filter, segment: segment.id }))}
              />
            )}
            <ExportMembersButton workspaceId={workspaceId} query={toQuery(filter)} />
          </>
        )}
      />
    </Flex>
  );
}
