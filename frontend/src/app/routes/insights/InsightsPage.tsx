import { Flex, Form, Select, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { paths } from '@/app/paths';
import { useTabParam } from '@/lib/use-tab-param';
import { ProblemAlert } from '@/components/ProblemAlert';
import { CONTRIBUTOR_KINDS, type ContributorKind } from '@/features/insights/api/list-top-contributors';
import { LifecycleChart, MAX_COMPARED } from '@/features/insights/components/LifecycleChart';
import { RetentionHeatmap } from '@/features/insights/components/RetentionHeatmap';
import { SilentMembers } from '@/features/insights/components/SilentMembers';
import { TopContributors } from '@/features/insights/components/TopContributors';
import { useMembersContext } from '../members/workspace-context';

const TABS = ['silent', 'contributors', 'retention', 'lifecycle'] as const;
type Tab = (typeof TABS)[number];

/**
 * Insights about members: silent members (with the outreach list), top contributors,
 * retention cohorts and group lifecycle curves. Tab, group and options live in the URL.
 */
export function InsightsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const ctx = useMembersContext(workspaceId);
  const [tab, setTab] = useTabParam<Tab>(TABS);
  const groupId = params.get('groupId') ?? undefined;
  const days = Math.min(365, Math.max(1, Number(params.get('days')) || 7));
  const kind = CONTRIBUTOR_KINDS.includes(params.get('kind') as ContributorKind) ? (params.get('kind') as ContributorKind) : 'talkers';
  const compared = params.getAll('compare').slice(0, MAX_COMPARED);
  const memberHref = (id: string) => paths.member(workspaceId, id);
  const set = (change: (p: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    setParams(next);
  };

  if (ctx.workspace.isPending) return <Skeleton active />;
  if (ctx.workspace.error) return <ProblemAlert error={ctx.workspace.error} />;
  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={16} justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('insights.title')}
        </Typography.Title>
        {tab !== 'lifecycle' && (
          <Form layout="inline">
            <Form.Item label={t('insights.group')} style={{ marginInlineEnd: 0 }}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                style={{ minWidth: 180 }}
                aria-label={t('insights.group')}
                placeholder={t('insights.allGroups')}
                value={groupId}
                onChange={(id?: string) => set((p) => (id ? p.set('groupId', id) : p.delete('groupId')))}
                options={ctx.groups.map((g) => ({ value: g.id, label: g.name }))}
              />
            </Form.Item>
          </Form>
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'silent',
            label: t('insights.tabs.silent'),
            children: (
              <SilentMembers
                workspaceId={workspaceId}
                groupId={groupId}
                timeZone={ctx.timeZone}
                days={days}
                onDaysChange={(n) => set((p) => p.set('days', String(n)))}
                memberHref={memberHref}
              />
            ),
          },
          {
            key: 'contributors',
            label: t('insights.tabs.contributors'),
            children: (
              <TopContributors
                workspaceId={workspaceId}
                groupId={groupId}
                kind={kind}
                onKindChange={(k) => set((p) => p.set('kind', k))}
                memberHref={memberHref}
              />
            ),
          },
          {
            key: 'retention',
            label: t('insights.tabs.retention'),
            children: <RetentionHeatmap workspaceId={workspaceId} groupId={groupId} />,
          },
          {
            key: 'lifecycle',
            label: t('insights.tabs.lifecycle'),
            children: (
              <LifecycleChart
                workspaceId={workspaceId}
                groups={ctx.groups}
                compared={compared}
                onComparedChange={(ids) =>
                  set((p) => {
                    p.delete('compare');
                    for (const id of ids) p.append('compare', id);
                  })
                }
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
