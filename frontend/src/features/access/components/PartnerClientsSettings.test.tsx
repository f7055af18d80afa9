import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { base, partner, WS } from './fixtures.test-data';
import { PartnerClientsSettings } from './PartnerClientsSettings';

describe('PartnerClientsSettings', { timeout: 90_000 }, () => {
  it('grants a client id the integration role, and revokes it', async () => {
    let granted = false;
    const { requests } = mockFetch({
      [`GET ${base}/access`]: () => json({ items: granted ? [partner] : [], nextCursor: null }),
      [`POST ${base}/access`]: async (req) => {
        granted = true;
        return json({ ...partner, ...((await req.json()) as object) }, { status: 201 });
      },
      [`GET ${base}/access/${partner.id}`]: () => json(partner, { headers: { ETag: '"p1"' } }),
      [`DELETE ${base}/access/${partner.id}`]: () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PartnerClientsSettings workspaceId={WS} timeZone="Asia/Shanghai" canManage />);

    expect(await screen.findByText('还没有授权任何合作伙伴客户端')).toBeInTheDocument();
    const form = screen.getByTestId('grant-client-form');
    await user.click(within(form).getByLabelText('客户端 ID'));
    await user.paste(' youzan-bot ');
    await user.click(within(form).getByLabelText('显示名称'));
    await user.paste('有赞群助手');
    await user.click(within(form).getByRole('button', { name: '授予集成角色' }));

    expect(await screen.findByText('已授权 youzan-bot')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ clientId: 'youzan-bot', role: 'integration', displayName: '有赞群助手' });
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    const row = (await screen.findByText('youzan-bot', { selector: 'code' })).closest('tr')!;
    expect(row).toHaveTextContent('集成');

    await user.click(within(row).getByRole('button', { name: '撤销授权 youzan-bot' }));
    await user.click((await screen.findAllByRole('button', { name: /确\s?定/ })).at(-1)!);
    expect(await screen.findByText('已撤销 有赞群助手')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'DELETE')!.headers.get('If-Match')).toBe('"p1"');
  });

  it('shows a field error from the API on its field', async () => {
    mockFetch({
      [`GET ${base}/access`]: () => json({ items: [], nextCursor: null }),
      [`POST ${base}/access`]: () =>
        problem({
          type: 'https://shequn.io/problems/validation',
          title: 'Request is not valid',
          status: 400,
          errors: [{ pointer: '/clientId', detail: 'must be at most 255 characters' }],
        }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PartnerClientsSettings workspaceId={WS} timeZone="Asia/Shanghai" canManage />);
    const form = await screen.findByTestId('grant-client-form');
    await user.type(within(form).getByLabelText('客户端 ID'), 'x');
    await user.click(within(form).getByRole('button', { name: '授予集成角色' }));
    expect(await screen.findByText('must be at most 255 characters')).toBeInTheDocument();
  });

  it('shows the clients but no controls to a read-only role', async () => {
    mockFetch({ [`GET ${base}/access`]: () => json({ items: [partner], nextCursor: null }) });
    renderWithProviders(<PartnerClientsSettings workspaceId={WS} timeZone="Asia/Shanghai" canManage={false} />);
    expect(await screen.findByText('youzan-bot')).toBeInTheDocument();
    expect(screen.queryByTestId('grant-client-form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
