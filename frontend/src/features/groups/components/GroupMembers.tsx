import { Button, Card, Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { formatDateTime } from '@/lib/format';
import { useGroupMemberships, type Membership, type MembershipState } from '../api/list-group-memberships';

const PAGE = 20;

/** Current or past members of the group, oldest join first, paged by cursor (state and cursor in the URL). */
export function GroupMembers({ workspaceId, groupId, memberHref }: { workspaceId: string; groupId: string; memberHref?: (memberId: string) => string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [search, setSearch] = useSearchParams();
  const state: MembershipState = search.get('members') === 'left' ? 'left' : 'current';
  const cursor = search.get('mcursor') ?? undefined;
  const { data, error, isFetching } = useGroupMemberships(workspaceId, groupId, { state, cursor, limit: PAGE });
  const go = (next: { members?: MembershipState; mcursor?: string }) => {
    const params = new URLSearchParams(search);
    if (next.members !== undefined) params.set('members', next.members);
    if (next.mcursor) params.set('mcursor', next.mcursor);
    else params.delete('mcursor');
    setSearch(params, { replace: false });
  };
  const member = (m: Membership) => {
    const short = `${m.memberId.slice(0, 8)}…`;
    return memberHref ? <a href={memberHref(m.memberId)}>{short}</a> : <Typography.Text code>{short}</Typography.Text>;
  };

  return (
    <Card
      title={t('groups.page.members')}
      data-testid="group-members"
      extra={
        <Segmented<MembershipState>
          aria-label={t('groups.page.members')}
          value={state}
          onChange={(members) => go({ members })}
          options={[
            { value: 'current', label: t('groups.page.current') },
            { value: 'left', label: t('groups.page.past') },
          ]}
        />
      }
    >
      {error ? (
        <ProblemAlert error={error} />
      ) : (
        <Flex vertical gap={8}>
          <ResponsiveTable<Membership>
            size="small"
            rowKey="id"
            loading={isFetching}
            pagination={false}
            dataSource={data?.items ?? []}
            locale={{ emptyText: t('groups.page.noMembers') }}
            cardTitle={member}
            columns={[
              { key: 'member', title: t('groups.page.member'), hideOnPhone: true, render: (_, m) => member(m) },
              { key: 'role', title: t('groups.page.role'), render: (_, m) => t(`groups.enums.role.${m.role}`) },
              { key: 'joinedAt', title: t('groups.page.joinedAt'), render: (_, m) => formatDateTime(m.joinedAt, lng) },
              ...(state === 'left'
                ? [
                    { key: 'leftAt', title: t('groups.page.leftAt'), render: (_: unknown, m: Membership) => formatDateTime(m.leftAt, lng) },
                    {
                      key: 'leftReason',
                      title: t('groups.page.leftReason'),
                      render: (_: unknown, m: Membership) => (m.leftReason ? t(`groups.enums.leftReason.${m.leftReason}`) : '—'),
                    },
                  ]
                : [{ key: 'channel', title: t('groups.page.joinChannel'), render: (_: unknown, m: Membership) => m.joinChannel ?? '—' }]),
            ]}
          />
          <Flex justify="flex-end" gap={8}>
            <Button disabled={!cursor} onClick={() => go({})}>
              {t('groups.list.firstPage')}
            </Button>
            <Button disabled={!data?.nextCursor} onClick={() => go({ mcursor: data?.nextCursor ?? undefined })}>
              {t('groups.list.nextPage')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
