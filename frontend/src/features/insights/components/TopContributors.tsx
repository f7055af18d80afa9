import { Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import {
  CONTRIBUTOR_KINDS,
  useTopContributors,
  type ContributorKind,
  type TopContributor,
} from '../api/list-top-contributors';
import { formatLocalDate } from '../utils/format';

interface Props {
  workspaceId: string;
  groupId?: string;
  kind: ContributorKind;
  onKindChange: (kind: ContributorKind) => void;
  memberHref: (memberId: string) => string;
}

/** The leaders of one kind (talkers, check-in streaks, UGC posters, inviters) over the last 30 days. */
export function TopContributors({ workspaceId, groupId, kind, onKindChange, memberHref }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { data, error, isPending } = useTopContributors(workspaceId, { kind, groupId, limit: 20 });
  const nf = new Intl.NumberFormat(lng);

  return (
    <Flex vertical gap={12} data-testid="top-contributors">
      <Segmented<ContributorKind>
        aria-label={t('insights.contributors.kind')}
        value={kind}
        onChange={onKindChange}
        options={CONTRIBUTOR_KINDS.map((k) => ({ value: k, label: t(`insights.contributors.kinds.${k}`) }))}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
      />
      {data && (
        <Typography.Text type="secondary">
          {t('insights.contributors.range', {
            from: formatLocalDate(data.from, lng),
            to: formatLocalDate(data.to, lng),
            timeZone: data.timeZone,
          })}
        </Typography.Text>
      )}
      {error && <ProblemAlert error={error} title={t('insights.contributors.loadError')} />}
      <ResponsiveTable<TopContributor>
        size="small"
        rowKey="memberId"
        loading={isPending}
        pagination={false}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('insights.contributors.empty') }}
        cardTitle={(c) => (
          <>
            #{c.rank} <Link to={memberHref(c.memberId)}>{c.displayName ?? t('insights.unnamed')}</Link>
          </>
        )}
        columns={[
          { key: 'rank', title: t('insights.contributors.rank'), dataIndex: 'rank', width: 70, hideOnPhone: true },
          {
            key: 'name',
            title: t('insights.member'),
            hideOnPhone: true,
            render: (_, c) => <Link to={memberHref(c.memberId)}>{c.displayName ?? t('insights.unnamed')}</Link>,
          },
          {
            key: 'value',
            title: t(`insights.contributors.values.${kind}`),
            align: 'right',
            render: (_, c) => nf.format(c.value),
          },
          ...(kind === 'check_in_streak'
            ? [
                {
                  key: 'streak',
                  title: t('insights.contributors.streak'),
                  render: (_: unknown, c: TopContributor) =>
                    c.streakStart && c.streakEnd ? `${formatLocalDate(c.streakStart, lng)} – ${formatLocalDate(c.streakEnd, lng)}` : '',
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
