import { App, Button, Card, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError, fieldErrors } from '@/lib/problem';
import { type MyWorkspace, useCreateWorkspace, type WorkspaceCreate } from '../api/create-workspace';
import { CURRENCY_PATTERN, currencyOptions, DEFAULT_CURRENCY, DEFAULT_TIME_ZONE, timeZoneOptions } from './options';

/**
 * Creates a workspace; the caller becomes its owner. Field errors of a 400 problem response
 * are shown on their fields, anything else above the form.
 */
export function CreateWorkspaceForm({ onCreated }: { onCreated?: (created: MyWorkspace) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WorkspaceCreate>();
  const create = useCreateWorkspace();
  const zoneOptions = useMemo(() => timeZoneOptions(), []);

  const onFinish = (values: WorkspaceCreate) => {
    create.mutate(
      { name: values.name.trim(), timeZone: values.timeZone, currency: values.currency },
      {
        onSuccess: (created) => {
          form.resetFields();
          void message.success(t('workspaces.created', { name: created.workspace.name }));
          onCreated?.(created);
        },
        onError: (error) => {
          if (error instanceof ApiError) {
            const fields = fieldErrors(error.problem).filter((f) =>
              ['name', 'timeZone', 'currency'].includes(f.name[0] ?? ''),
            );
            if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
          }
        },
      },
    );
  };

  // A problem whose every error sits on a field is shown on the fields only.
  const problem = create.error instanceof ApiError ? create.error.problem : undefined;
  const onFieldsOnly =
    problem?.errors?.length && problem.errors.every((e) => e.pointer && /^\/(name|timeZone|currency)$/.test(e.pointer));

  return (
    <Card title={t('workspaces.createTitle')} data-testid="create-workspace">
      {create.error && !onFieldsOnly && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={create.error} title={t('workspaces.createError')} />
        </div>
      )}
      <Form<WorkspaceCreate>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ timeZone: DEFAULT_TIME_ZONE, currency: DEFAULT_CURRENCY }}
        requiredMark={false}
      >
        <Form.Item
          name="name"
          label={t('workspaces.name')}
          rules={[
            { required: true, whitespace: true, message: t('workspaces.nameRequired') },
            { max: 100, message: t('workspaces.nameTooLong') },
          ]}
        >
          <Input placeholder={t('workspaces.namePlaceholder')} maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="timeZone" label={t('workspaces.timeZone')}>
          <Select showSearch options={zoneOptions} aria-label={t('workspaces.timeZone')} />
        </Form.Item>
        <Form.Item
          name="currency"
          label={t('workspaces.currency')}
          rules={[{ pattern: CURRENCY_PATTERN, message: t('workspaces.currencyInvalid') }]}
        >
          <Select
            showSearch
            options={currencyOptions()}
            aria-label={t('workspaces.currency')}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('workspaces.createSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
