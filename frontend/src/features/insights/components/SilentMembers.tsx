import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { download, toCsv } from '@/lib/csv';
import { listAllSilentMembers, OUTREACH_MAX, useSilentMembers, type SilentMember } from '../api/list-silent-members';
import { formatDay } from '../utils/format';

interface Props {
  workspaceId: string;
  groupId?: string;
  timeZone: string;
  days: number;
  onDaysChange: (days: number) => void;
  memberHref: (memberId: string) => string;
}

/** Lurkers (silent for more than N days) to reach out to privately, with the outreach list as CSV. */
export function SilentMembers({ workspaceId, groupId, timeZone, days, onDaysChange, memberHref }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const lng = i18n.language;
  const params = { days, groupId };
  const silent = useSilentMembers(workspaceId, params);
  const [exporting, setExporting] = useState(false);
  const [draft, setDraft] = useState<number | null>(days);
  const apply = () => {
    if (draft !== null && Number.isInteger(draft) && draft >= 1 && draft <= 365 && draft !== days) onDaysChange(draft);
  };
  const day = (iso: string | null) => (iso ? formatDay(iso, lng, timeZone) : t('insights.silent.never'));

  const exportOutreach = async () => {
    setExporting(true);
    try {
      const { items, more } = await listAllSilentMembers(workspaceId, params);
      download(
        toCsv(
          ['member_id', 'display_name', 'joined_at', 'last_active_at', 'silent_days'],
          items.map((m) => [m.memberId, m.displayName, m.joinedAt, m.lastActiveAt, m.silentForDays]),
        ),
        `silent-members-${days}d.csv`,
      );
      if (more) void message.warning(t('insights.silent.capped', { max: OUTREACH_MAX }));
    } catch (e) {
      void message.error(`${t('insights.silent.exportError')}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Flex vertical gap={12} data-testid="silent-members">
      <Flex wrap gap={12} justify="space-between" align="center">
        <Form layout="inline">
          <Form.Item label={t('insights.silent.days')}>
            <InputNumber
              min={1}
              max={365}
              precision={0}
              value={draft}
              aria-label={t('insights.silent.days')}
              onChange={(v) => setDraft(typeof v === 'number' ? v : null)}
              onBlur={apply}
              onPressEnter={apply}
            />
          </Form.Item>
        </Form>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportOutreach()}>
          {t('insights.silent.export')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('insights.silent.help', { days, timeZone })}</Typography.Text>
      {silent.error && <ProblemAlert error={silent.error} title={t('insights.silent.loadError')} />}
      <ResponsiveTable<SilentMember>
        size="small"
        rowKey="memberId"
        loading={silent.isPending}
        pagination={false}
        dataSource={silent.items}
        locale={{ emptyText: t('insights.silent.empty') }}
        cardTitle={(m) => <Link to={memberHref(m.memberId)}>{m.displayName ?? t('insights.unnamed')}</Link>}
        columns={[
          {
            key: 'name',
            title: t('insights.member'),
            hideOnPhone: true,
            render: (_, m) => <Link to={memberHref(m.memberId)}>{m.displayName ?? t('insights.unnamed')}</Link>,
          },
          { key: 'joinedAt', title: t('insights.silent.joinedAt'), render: (_, m) => day(m.joinedAt) },
          { key: 'lastActiveAt', title: t('insights.silent.lastActiveAt'), render: (_, m) => day(m.lastActiveAt) },
          { key: 'silentForDays', title: t('insights.silent.silentFor'), align: 'right', render: (_, m) => t('insights.daysValue', { days: m.silentForDays }) },
        ]}
      />
      {silent.hasNextPage && (
        <Button onClick={() => void silent.fetchNextPage()} loading={silent.isFetchingNextPage}>
          {t('insights.more')}
        </Button>
      )}
    </Flex>
  );
}
