import { Card, Empty, Flex, Spin, Table, Typography, type TableColumnType, type TableProps } from 'antd';
import type { Key, ReactNode } from 'react';
import { useWideScreen } from '@/lib/use-media-query';

export type ResponsiveColumn<T> = TableColumnType<T> & {
  /** Left out of the phone card (e.g. the column that is already the card's title). */
  hideOnPhone?: boolean;
};

export interface ResponsiveTableProps<T> extends Omit<TableProps<T>, 'columns' | 'rowKey'> {
  columns: ResponsiveColumn<T>[];
  rowKey: keyof T & string | ((record: T) => Key);
  /** The card's title on phones (e.g. the name, as a link). */
  cardTitle?: (record: T) => ReactNode;
  /** Shown at the foot of the card on phones (e.g. the row's actions). */
  cardActions?: (record: T) => ReactNode;
  'data-testid'?: string;
}

function cellValue<T>(column: ResponsiveColumn<T>, record: T, index: number): ReactNode {
  const dataIndex = column.dataIndex as keyof T | undefined;
  const value = dataIndex !== undefined ? record[dataIndex] : undefined;
  if (column.render) return column.render(value, record, index) as ReactNode;
  return value as ReactNode;
}

function EmptyRows({ text }: { text: ReactNode | (() => ReactNode) }) {
  const content = typeof text === 'function' ? text() : text;
  return content ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
}

/**
 * An antd Table on wide screens, a list of cards on phones (below antd's lg breakpoint): every
 * column becomes a "label: value" line of the row's card, so nothing needs sideways scrolling.
 * Takes the Table's props; `cardTitle` and `cardActions` shape the cards.
 */
export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const wide = useWideScreen();
  const { columns, rowKey, cardTitle, cardActions, dataSource, loading, locale, ...tableProps } = props;
  if (wide) return <Table<T> {...tableProps} columns={columns} rowKey={rowKey} dataSource={dataSource} loading={loading} locale={locale} />;

  const keyOf = (record: T): Key => (typeof rowKey === 'function' ? rowKey(record) : (record[rowKey] as Key));
  const rows = dataSource ?? [];
  const spinning = typeof loading === 'object' ? Boolean(loading.spinning) : Boolean(loading);
  const shown = columns.filter((c) => !c.hideOnPhone);

  return (
    <Spin spinning={spinning}>
      <Flex vertical gap={8} data-testid={props['data-testid']} role="list">
        {rows.length === 0 && !spinning && <EmptyRows text={locale?.emptyText} />}
        {rows.map((record, index) => (
          <Card key={keyOf(record)} size="small" title={cardTitle?.(record)} role="listitem" data-row-key={String(keyOf(record))}>
            <Flex vertical gap={4}>
              {shown.map((column, i) => (
                <Flex key={String(column.key ?? i)} justify="space-between" gap={12} wrap>
                  <Typography.Text type="secondary">{column.title as ReactNode}</Typography.Text>
                  <span style={{ textAlign: 'right', minWidth: 0, overflowWrap: 'anywhere' }}>{cellValue(column, record, index)}</span>
                </Flex>
              ))}
              {cardActions && <Flex justify="flex-end" gap={8} wrap>{cardActions(record)}</Flex>}
            </Flex>
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
