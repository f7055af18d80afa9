import { Flex, Spin } from 'antd';

export function FullPageSpin({ tip }: { tip: string }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={tip}>
        <div style={{ padding: 48 }} />
      </Spin>
    </Flex>
  );
}
