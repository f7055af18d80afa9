import { Button, Flex, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { formatDateTime } from '@/lib/format';
import { AUDIT_ENTITY_TYPES, AUDIT_PAGE_SIZE, useAuditLog, type AuditEntityType, type AuditEntry } from '../api/list-audit-log';

/** Record types with a name; alerts are audited too, though not a filter of the API. */
const KNOWN_TYPES = new Set<string>([...AUDIT_ENTITY_TYPES, 'alert']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Props {
  workspaceId: string;
  timeZone: string;
  /** A person's name from an actor key ("user:<subject>"), when known. */
  actorName?: (actor: string) => string | undefined;
}

/**
 * The workspace's audit log, newest first, filtered by record type and record id, page by page.
 * Filters and the cursor live in the URL (?entityType=&entityId=&cursor=).
 */
export function AuditLog({ workspaceId, timeZone, actorName }: Props) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const typeParam = params.get('entityType');
  const entityType = AUDIT_ENTITY_TYPES.includes(typeParam as AuditEntityType) ? (typeParam as AuditEntityType) : undefined;
  const entityId = params.get('entityId') ?? undefined;
  const cursor = params.get('cursor') ?? undefined;
  const [idInput, setIdInput] = useState(entityId ?? '');
  const [idError, setIdError] = useState(false);
  const { data, error, isPending, isFetching, refetch } = useAuditLog(workspaceId, {
    entityType,
    entityId,
    cursor,
    limit: AUDIT_PAGE_SIZE,
  });

  const update = (changes: Record<string, string | undefined>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      return next;
    });
  const setFilter = (name: 'entityType' | 'entityId', value: string | undefined) => update({ [name]: value, cursor: undefined });

  const who = (actor: string) => {
    const name = actorName?.(actor);
    if (name) return name;
    if (actor.startsWith('client:')) return t('audit.client', { clientId: actor.slice('client:'.length) });
    return actor;
  };
  const typeLabel = (type: string) => (KNOWN_TYPES.has(type) ? t(`audit.entityTypes.${type as AuditEntityType}`) : type);

  return (
    <Flex vertical gap={16} data-testid="audit-log">
      <Typography.Text type="secondary">{t('audit.intro')}</Typography.Text>
      <Flex wrap gap={12} align="start">
        <Select<string>
          aria-label={t('audit.entityType')}
          value={entityType ?? ''}
          onChange={(value) => setFilter('entityType', value || undefined)}
          style={{ minWidth: 160 }}
          options={[
            { value: '', label: t('audit.anyEntityType') },
            ...AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) })),
          ]}
        />
        <Flex vertical>
          <Input.Search
            aria-label={t('audit.entityId')}
            placeholder={t('audit.entityIdPlaceholder')}
            value={idInput}
            allowClear
            status={idError ? 'error' : undefined}
            style={{ width: 340, maxWidth: '100%' }}
            onChange={(e) => {
              setIdInput(e.target.value);
              setIdError(false);
              if (!e.target.value) setFilter('entityId', undefined);
            }}
            onSearch={(value) => {
              const id = value.trim();
              if (id && !UUID.test(id)) {
                setIdError(true);
                return;
              }
              setFilter('entityId', id || undefined);
            }}
          />
          {idError && <Typography.Text type="danger">{t('audit.entityIdInvalid')}</Typography.Text>}
        </Flex>
        {(entityType || entityId) && (
          <Button
            type="link"
            onClick={() => {
              setIdInput('');
              update({ entityType: undefined, entityId: undefined, cursor: undefined });
            }}
          >
            {t('audit.reset')}
          </Button>
        )}
      </Flex>
      {error ? (
        <ProblemAlert error={error} title={t('audit.loadError')} onRetry={() => void refetch()} />
      ) : (
        <ResponsiveTable<AuditEntry>
          size="small"
          rowKey="id"
          loading={isPending || isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('audit.empty') }}
          columns={[
            {
              key: 'time',
              title: t('audit.time', { timeZone }),
              render: (_, e) => formatDateTime(e.occurredAt, i18n.language, timeZone),
            },
            { key: 'actor', title: t('audit.actor'), render: (_, e) => who(e.actor) },
            { key: 'action', title: t('audit.action'), render: (_, e) => <Typography.Text code>{e.action}</Typography.Text> },
            {
              key: 'entity',
              title: t('audit.entity'),
              render: (_, e) => (
                <Flex vertical>
                  <span>{typeLabel(e.entityType)}</span>
                  {e.entityId && (
                    <Typography.Link
                      style={{ fontSize: 12 }}
                      onClick={() => {
                        setIdInput(e.entityId ?? '');
                        setFilter('entityId', e.entityId ?? undefined);
                      }}
                    >
                      {e.entityId}
                    </Typography.Link>
                  )}
                </Flex>
              ),
            },
            {
              key: 'details',
              title: t('audit.details'),
              render: (_, e) => (
                <Typography.Text style={{ fontSize: 12, maxWidth: 360, display: 'inline-block' }} ellipsis={{ tooltip: true }}>
                  {Object.keys(e.details).length > 0 ? JSON.stringify(e.details) : ''}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
      <Space>
        {cursor && <Button onClick={() => update({ cursor: undefined })}>{t('audit.first')}</Button>}
        {data?.nextCursor && (
          <Button type="primary" ghost onClick={() => update({ cursor: data.nextCursor ?? undefined })}>
            {t('audit.next')}
          </Button>
        )}
      </Space>
    </Flex>
  );
}
