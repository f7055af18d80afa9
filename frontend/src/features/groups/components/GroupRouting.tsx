import { Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { Group } from '../api/list-groups';
import { useSeriesList } from '../api/list-series';
import { useSearchGroups } from '../api/search-groups';
import { nextInSeries } from '../utils/routing';

/**
 * The group's series and where its next member goes. Read only: the routing rule of
 * POST .../series/{id}/route (first planned or active group by position below its target
 * size) applied to the series' groups, without calling it (a call may open a new group).
 */
export function GroupRouting({ workspaceId, group, groupHref }: { workspaceId: string; group: Group; groupHref: (id: string) => string }) {
  const { t } = useTranslation();
  const seriesId = group.seriesId ?? '';
  const series = useSeriesList(workspaceId);
  const members = useSearchGroups(workspaceId, { seriesId, limit: 200, sort: 'createdAt' }, Boolean(group.seriesId));

  if (!group.seriesId) {
    return (
      <Card title={t('groups.page.routing')} data-testid="group-routing">
        <Typography.Text type="secondary">{t('groups.page.noSeries')}</Typography.Text>
      </Card>
    );
  }
  const s = series.data?.items.find((x) => x.id === group.seriesId);
  const next = members.data ? nextInSeries(members.data.items) : undefined;
  return (
    <Card title={t('groups.page.routing')} data-testid="group-routing">
      {members.error ? (
        <ProblemAlert error={members.error} />
      ) : members.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'series', label: t('groups.form.series'), children: s ? `${s.name} (${s.namePattern})` : group.seriesId },
            { key: 'position', label: t('groups.page.position'), children: `${group.seriesPosition ?? '—'} / ${members.data.items.length}` },
            {
              key: 'next',
              label: t('groups.page.nextMember'),
              children: (
                <Flex vertical gap={0} data-testid="next-member">
                  {next ? (
                    <Link to={groupHref(next.id)}>
                      {next.name}
                      {next.id === group.id ? ` (${t('groups.page.thisGroup')})` : ''}
                    </Link>
                  ) : (
                    <Typography.Text>{t('groups.page.opensNew')}</Typography.Text>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('groups.page.routingRule')}
                  </Typography.Text>
                </Flex>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
