import { App, Button, Flex, Form, InputNumber, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { StaleVersionAlert } from '@/components/StaleVersionAlert';
import { currencyDigits, formatFigure } from '@/lib/figures';
import { formatDateTime } from '@/lib/format';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useVersionedThresholds, type MetricThresholds } from '../api/get-metric-thresholds';
import { useUpdateMetricThresholds, type MetricThresholdsUpdate } from '../api/update-metric-thresholds';
import {
  fromInput,
  SEED_THRESHOLDS,
  THRESHOLD_FIELDS,
  THRESHOLD_UNIT,
  toInput,
  type ThresholdField,
} from '../utils/thresholds';

type Values = Record<ThresholdField, number | null>;

interface Props {
  workspaceId: string;
  /** Acquisition cost is in minor units of this currency. */
  currency: string;
  timeZone: string;
  /** Owners and admins; everyone else reads. */
  canEdit: boolean;
}

/** Where a figure passes its threshold (docs/metrics.md). */
const PASSES: Record<ThresholdField, 'above' | 'below' | 'sizeRange' | 'atMost'> = {
  dailyActiveShare: 'above',
  messagesPerMemberPerWeek: 'above',
  conversionRate: 'above',
  couponRedemptionRate: 'above',
  acquisitionCostMinor: 'below',
  responseTimeSeconds: 'below',
  sizeBestMin: 'sizeRange',
  sizeBestMax: 'sizeRange',
  sizeMax: 'atMost',
};

/**
 * The workspace's health thresholds next to the seed defaults; owners and admins change them
 * (PUT with If-Match) or put defaults back, field by field or all at once.
 */
export function ThresholdsSettings({ workspaceId, currency, timeZone, canEdit }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, error, isPending, refetch } = useVersionedThresholds(workspaceId);
  const update = useUpdateMetricThresholds(workspaceId);
  const [pending, setPending] = useState<MetricThresholdsUpdate | null>(null);
  const digits = currencyDigits(currency);
  const lng = i18n.language;

  useEffect(() => {
    if (data) form.setFieldsValue(inputsOf(data.thresholds, digits));
  }, [data, digits, form]);

  if (isPending) return <Skeleton active />;
  if (error) return <ProblemAlert error={error} title={t('metrics.thresholds.loadError')} onRetry={() => void refetch()} />;
  const current = data.thresholds;

  const shown = (field: ThresholdField, value: number) => {
    const unit = THRESHOLD_UNIT[field];
    return formatFigure(unit === 'count' ? 'count' : unit, value, lng, currency);
  };

  const save = (changes: MetricThresholdsUpdate, etag: string) =>
    update.mutate(
      { etag, changes },
      {
        onSuccess: () => {
          setPending(null);
          void message.success(t('metrics.thresholds.saved'));
        },
        onError: (e) => {
          if (e instanceof ApiError && e.status === 412) setPending(changes);
          if (e instanceof ApiError) form.setFields(fieldErrors(e.problem) as Parameters<typeof form.setFields>[0]);
        },
      },
    );

  const onFinish = (values: Values) => {
    const changes: MetricThresholdsUpdate = {};
    for (const field of THRESHOLD_FIELDS) {
      const value = values[field];
      if (value === null || value === undefined) continue;
      const next = fromInput(field, value, digits);
      if (next !== current[field]) changes[field] = next;
    }
    if (Object.keys(changes).length === 0) {
      void message.info(t('metrics.thresholds.noChanges'));
      return;
    }
    if (data.etag) save(changes, data.etag);
  };

  const stale = update.error instanceof ApiError && update.error.status === 412 && pending;
  const problem = update.error instanceof ApiError ? update.error.problem : undefined;
  const onlyFieldErrors = Boolean(problem?.errors?.length) && problem!.errors!.every((e) => e.pointer);

  return (
    <Flex vertical gap={16} data-testid="thresholds-settings">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('metrics.thresholds.intro')}
      </Typography.Paragraph>
      <div>
        {current.defaults ? (
          <Tag color="blue">{t('metrics.thresholds.usingDefaults')}</Tag>
        ) : (
          <Typography.Text type="secondary">
            {t('metrics.thresholds.changedAt', { time: formatDateTime(current.updatedAt, lng, timeZone), timeZone })}
          </Typography.Text>
        )}
      </div>
      {!canEdit && <Typography.Text type="secondary">{t('metrics.thresholds.readOnly')}</Typography.Text>}
      {stale && (
        <StaleVersionAlert
          busy={update.isPending}
          onReload={() => {
            setPending(null);
            update.reset();
            void refetch();
          }}
          onOverwrite={() =>
            void refetch().then((fresh) => {
              if (fresh.data?.etag && pending) save(pending, fresh.data.etag);
            })
          }
        />
      )}
      {update.error && !stale && !onlyFieldErrors && (
        <ProblemAlert error={update.error} title={t('metrics.thresholds.saveError')} />
      )}
      <Form<Values> form={form} onFinish={onFinish} component={canEdit ? 'form' : false}>
        <ResponsiveTable<{ field: ThresholdField }>
          size="small"
          rowKey="field"
          cardTitle={({ field }) => t(`metrics.thresholds.names.${field}`)}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={THRESHOLD_FIELDS.map((field) => ({ field }))}
          columns={[
            {
              key: 'metric',
              title: t('metrics.thresholds.metric'),
              hideOnPhone: true,
              render: (_, { field }) => t(`metrics.thresholds.names.${field}`),
            },
            {
              key: 'value',
              title: t('metrics.thresholds.value'),
              render: (_, { field: f }) =>
                canEdit ? (
                  <Form.Item
                    name={f}
                    style={{ margin: 0 }}
                    rules={[{ required: true, message: t('metrics.thresholds.required') }]}
                  >
                    <InputNumber
                      aria-label={t(`metrics.thresholds.names.${f}`)}
                      min={0}
                      max={THRESHOLD_UNIT[f] === 'percent' ? 100 : undefined}
                      precision={precisionOf(f, digits)}
                      suffix={suffixOf(f, currency)}
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                ) : (
                  <span data-testid={`threshold-${f}`}>{shown(f, current[f])}</span>
                ),
            },
            { key: 'seed', title: t('metrics.thresholds.seed'), render: (_, { field }) => shown(field, SEED_THRESHOLDS[field]) },
            { key: 'passes', title: t('metrics.thresholds.passes'), render: (_, { field }) => t(`metrics.thresholds.${PASSES[field]}`) },
            ...(canEdit
              ? [
                  {
                    key: 'reset',
                    title: '',
                    render: (_: unknown, { field: f }: { field: ThresholdField }) => (
                      <Button
                        size="small"
                        type="link"
                        aria-label={`${t('metrics.thresholds.reset')}: ${t(`metrics.thresholds.names.${f}`)}`}
                        onClick={() => form.setFieldValue(f, toInput(f, SEED_THRESHOLDS[f], digits))}
                      >
                        {t('metrics.thresholds.reset')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {canEdit && (
          <Flex gap={8} wrap style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {t('metrics.thresholds.save')}
            </Button>
            <Button
              onClick={() =>
                form.setFieldsValue(inputsOf({ ...current, ...SEED_THRESHOLDS }, digits))
              }
            >
              {t('metrics.thresholds.resetAll')}
            </Button>
          </Flex>
        )}
      </Form>
    </Flex>
  );
}

function inputsOf(thresholds: MetricThresholds, digits: number): Values {
  return Object.fromEntries(THRESHOLD_FIELDS.map((f) => [f, toInput(f, thresholds[f], digits)])) as Values;
}

function precisionOf(field: ThresholdField, digits: number): number {
  switch (THRESHOLD_UNIT[field]) {
    case 'percent':
      return 2;
    case 'money':
      return digits;
    case 'count':
      return 0;
    default:
      return 2;
  }
}

function suffixOf(field: ThresholdField, currency: string): string | undefined {
  switch (THRESHOLD_UNIT[field]) {
    case 'percent':
      return '%';
    case 'money':
      return currency;
    case 'seconds':
      return 's';
    default:
      return undefined;
  }
}
