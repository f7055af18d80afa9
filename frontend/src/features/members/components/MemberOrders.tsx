import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { useMemberEvents, type MemberEvent } from '../api/list-member-events';
import { formatInZone, formatMoney } from '../utils/format';

const ORDER_TYPES = ['order_placed' as const];

/** The member's orders: the `order_placed` events of the timeline, with the total of those shown. */
export function MemberOrders({
  workspaceId,
  memberId,
  timeZone,
  groupNames,
}: {
  workspaceId: string;
  memberId: string;
  timeZone: string;
  groupNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const orders = useMemberEvents(workspaceId, memberId, ORDER_TYPES);
  const totals = new Map<string, number>();
  for (const o of orders.items) {
    if (o.amount !== null) totals.set(o.currency ?? 'CNY', (totals.get(o.currency ?? 'CNY') ?? 0) + o.amount);
  }

  return (
    <Flex vertical gap={12} data-testid="member-orders">
      {orders.error && <ProblemAlert error={orders.error} title={t('members.orders.loadError')} />}
      <Typography.Text data-testid="member-orders-total">
        {t('members.orders.summary', { count: orders.items.length })}
        {[...totals].map(([currency, sum]) => ` · ${formatMoney(sum, currency, lng)}`).join('')}
      </Typography.Text>
      <ResponsiveTable<MemberEvent>
        size="small"
        rowKey="id"
        loading={orders.isPending}
        pagination={false}
        dataSource={orders.items}
        locale={{ emptyText: t('members.orders.empty') }}
        columns={[
          {
            key: 'at',
            title: t('members.orders.at', { timeZone }),
            render: (_, o) => formatInZone(o.occurredAt, lng, timeZone),
          },
          { key: 'group', title: t('members.orders.group'), render: (_, o) => groupNames.get(o.groupId) ?? '' },
          { key: 'amount', title: t('members.orders.amount'), align: 'right', render: (_, o) => formatMoney(o.amount, o.currency, lng) },
        ]}
      />
      {orders.hasNextPage && (
        <Button onClick={() => void orders.fetchNextPage()} loading={orders.isFetchingNextPage}>
          {t('members.timeline.more')}
        </Button>
      )}
    </Flex>
  );
}
