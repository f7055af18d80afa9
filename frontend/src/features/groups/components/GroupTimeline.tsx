import { Button, Card, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatMoney } from '@/lib/figures';
import { formatDateTime } from '@/lib/format';
import { useGroupEvents, type GroupEvent } from '../api/list-group-events';

/** The group's events, newest first, paged by cursor (kept in the URL as `ecursor`). */
export function GroupTimeline({ workspaceId, groupId }: { workspaceId: string; groupId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [search, setSearch] = useSearchParams();
  const cursor = search.get('ecursor') ?? undefined;
  const { data, error, isPending } = useGroupEvents(workspaceId, groupId, cursor);
  const go = (next?: string) => {
    const params = new URLSearchParams(search);
    if (next) params.set('ecursor', next);
    else params.delete('ecursor');
    setSearch(params);
  };
  const detail = (e: GroupEvent) =>
    [
      e.amount !== null && e.currency ? formatMoney(e.amount, e.currency, lng) : null,
      e.name,
      e.kind,
      e.text,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <Card title={t('groups.page.timeline')} data-testid="group-timeline">
      {error ? (
        <ProblemAlert error={error} />
      ) : isPending ? (
        <Typography.Text type="secondary">{t('app.loading')}</Typography.Text>
      ) : data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('groups.page.noEvents')}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          <Timeline
            items={data.items.map((e) => ({
              key: e.id,
              content: (
                <Flex vertical gap={0} style={{ minWidth: 0 }}>
                  <Flex wrap gap={4} align="center">
                    <Tag color="blue">{e.type}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(e.occurredAt, lng)}
                    </Typography.Text>
                    {e.staff && <Tag>{t('groups.page.staff')}</Tag>}
                  </Flex>
                  <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                    <Typography.Text code>{e.memberId.slice(0, 8)}…</Typography.Text> {detail(e)}
                  </Typography.Text>
                </Flex>
              ),
            }))}
          />
          <Flex justify="flex-end" gap={8}>
            <Button disabled={!cursor} onClick={() => go()}>
              {t('groups.page.newest')}
            </Button>
            <Button disabled={!data.nextCursor} onClick={() => go(data.nextCursor ?? undefined)}>
              {t('groups.page.older')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
