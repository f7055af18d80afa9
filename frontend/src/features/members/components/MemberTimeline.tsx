import { Button, Empty, Flex, Select, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMemberEvents, type EventType, type MemberEvent } from '../api/list-member-events';
import { formatInZone, formatMoney } from '../utils/format';

export const EVENT_TYPES: EventType[] = [
  'joined',
  'left',
  'message',
  'check_in',
  'red_packet_claimed',
  'coupon_issued',
  'coupon_redeemed',
  'order_placed',
  'ugc_post',
  'share',
  'invite_sent',
  'invite_accepted',
  'game_played',
  'lecture_attended',
  'question_asked',
  'question_answered',
  'scheduled_post_done',
  'feedback',
  'rule_violation',
  'custom',
];

const COLORS: Partial<Record<EventType, string>> = {
  joined: 'green',
  left: 'gray',
  order_placed: 'red',
  rule_violation: 'orange',
  red_packet_claimed: 'red',
  coupon_redeemed: 'purple',
};

interface Props {
  workspaceId: string;
  memberId: string;
  timeZone: string;
  groupNames: ReadonlyMap<string, string>;
  types: EventType[];
  onTypesChange: (types: EventType[]) => void;
}

/** What the member did, newest first, page after page; filterable by event type. */
export function MemberTimeline({ workspaceId, memberId, timeZone, groupNames, types, onTypesChange }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const events = useMemberEvents(workspaceId, memberId, types);

  const detail = (e: MemberEvent) => {
    if (e.amount !== null) return formatMoney(e.amount, e.currency, lng);
    if (e.type === 'feedback') return [e.kind && t(`members.feedbackKind.${e.kind}`, { defaultValue: e.kind }), e.text].filter(Boolean).join(' · ');
    if (e.type === 'rule_violation') return e.kind ?? '';
    if (e.type === 'custom') return e.name ?? '';
    return '';
  };

  return (
    <Flex vertical gap={16} data-testid="member-timeline">
      <Select
        mode="multiple"
        allowClear
        style={{ maxWidth: 480 }}
        aria-label={t('members.timeline.types')}
        placeholder={t('members.timeline.allTypes')}
        value={types}
        onChange={onTypesChange}
        options={EVENT_TYPES.map((type) => ({ value: type, label: t(`members.eventType.${type}`) }))}
      />
      <Typography.Text type="secondary">{t('members.timeline.timeZone', { timeZone })}</Typography.Text>
      {events.error && <ProblemAlert error={events.error} title={t('members.timeline.loadError')} />}
      {events.isPending ? (
        <Skeleton active />
      ) : events.items.length === 0 ? (
        <Empty description={t('members.timeline.empty')} />
      ) : (
        <Timeline
          items={events.items.map((e) => ({
            key: e.id,
            color: COLORS[e.type] ?? 'blue',
            title: formatInZone(e.occurredAt, lng, timeZone),
            content: (
              <span data-testid="timeline-event">
                <Typography.Text strong>{t(`members.eventType.${e.type}`)}</Typography.Text>{' '}
                <Typography.Text type="secondary">{groupNames.get(e.groupId) ?? ''}</Typography.Text>{' '}
                {detail(e)}
                {e.late && (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                    {t('members.timeline.late')}
                  </Typography.Text>
                )}
              </span>
            ),
          }))}
        />
      )}
      {events.hasNextPage && (
        <Button onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
          {t('members.timeline.more')}
        </Button>
      )}
    </Flex>
  );
}
