import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import type { MemberImport } from '../api/create-member-import';
import { ExportMembersButton } from './ExportMembersButton';
import { ImportProgress } from './ImportProgress';
import { ImportUpload } from './ImportUpload';

const WS = '0190a7e0-0000-7000-8000-000000000001';
const BASE = `/api/v1/workspaces/${WS}`;
const JOB = '0190a7e0-0000-7000-8000-0000000000j1';

function job(patch: Partial<MemberImport> = {}): MemberImport {
  return {
    id: JOB,
    status: 'queued',
    fileSha256: 'ab'.repeat(32),
    fileBytes: 1234,
    rowsTotal: null,
    rowsDone: 0,
    rowsImported: 0,
    rowsUpdated: 0,
    rowsFailed: 0,
    error: null,
    createdAt: '2026-11-22T12:00:00Z',
    startedAt: null,
    finishedAt: null,
    ...patch,
  };
}

describe('ImportUpload', () => {
  it('sends the file itself as text/csv with an Idempotency-Key and hands the job on', async () => {
    const { requests } = mockFetch({ [`POST ${BASE}/member-imports`]: () => json(job(), { status: 202 }) });
    const onQueued = vi.fn();
    const user = userEvent.setup();
    const { container } = renderWithProviders(<ImportUpload workspaceId={WS} onQueued={onQueued} />);
    const csv = 'platform,platform_user_id,display_name\nwechat,wx-1,王妈妈\n';
    await user.upload(container.querySelector('input[type=file]') as HTMLInputElement, new File([csv], 'members.csv', { type: 'text/csv' }));

    await waitFor(() => expect(onQueued).toHaveBeenCalledWith(job()));
    const post = requests[0];
    expect(post.headers.get('Content-Type')).toBe('text/csv');
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.text()).toBe(csv);
  });

  it('shows why a file is refused', async () => {
    mockFetch({
      [`POST ${BASE}/member-imports`]: () =>
        problem({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'the header lacks platform_user_id' }),
    });
    const user = userEvent.setup();
    const { container } = renderWithProviders(<ImportUpload workspaceId={WS} onQueued={() => {}} />);
    await user.upload(container.querySelector('input[type=file]') as HTMLInputElement, new File(['a,b\n'], 'x.csv', { type: 'text/csv' }));
    const box = await screen.findByRole('alert');
    expect(box).toHaveTextContent('无法导入该文件');
    expect(box).toHaveTextContent('the header lacks platform_user_id');
  });
});

describe('ImportProgress', () => {
  it('follows the job to its end, then lists the rows with errors and offers them as CSV', async () => {
    const states = [
      job({ status: 'running', rowsTotal: 10, rowsDone: 3, rowsImported: 3, startedAt: '2026-11-22T12:00:01Z' }),
      job({
        status: 'succeeded',
        rowsTotal: 10,
        rowsDone: 10,
        rowsImported: 6,
        rowsUpdated: 2,
        rowsFailed: 2,
        startedAt: '2026-11-22T12:00:01Z',
        finishedAt: '2026-11-22T12:00:03Z',
      }),
    ];
    let reads = 0;
    const { requests } = mockFetch({
      [`GET ${BASE}/member-imports/${JOB}`]: () => json(states[Math.min(reads++, states.length - 1)]),
      [`GET ${BASE}/member-imports/${JOB}/errors`]: () =>
        json({
          items: [
            { line: 4, column: 'phone', message: 'not a phone number' },
            { line: 9, column: null, message: 'wrong number of fields' },
          ],
          nextCursor: null,
        }),
    });
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:errors';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const user = userEvent.setup();
    renderWithProviders(<ImportProgress workspaceId={WS} importId={JOB} timeZone="Asia/Shanghai" />);

    expect(await screen.findByTestId('import-rows')).toHaveTextContent('3 / 10');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '30');
    expect(screen.getByTestId('import-status')).toHaveTextContent('导入中');

    await waitFor(() => expect(screen.getByTestId('import-status')).toHaveTextContent('已完成'), { timeout: 5000 });
    expect(screen.getByTestId('import-rows')).toHaveTextContent('10 / 10');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByTestId('import-imported')).toHaveTextContent('6');
    expect(screen.getByTestId('import-failed')).toHaveTextContent('2');
    const errors = await screen.findByTestId('import-errors');
    expect((await within(errors).findByText('not a phone number')).closest('tr')).toHaveTextContent('4phone');
    expect(within(errors).getByText('wrong number of fields').closest('tr')).toHaveTextContent('整行');

    // polling stops once the job is over
    const polls = requests.filter((r) => r.url.endsWith(JOB)).length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(requests.filter((r) => r.url.endsWith(JOB)).length).toBe(polls);

    await user.click(within(errors).getByRole('button', { name: /下载出错行 CSV/ }));
    await waitFor(() => expect(created).toHaveLength(1));
    const bytes = new Uint8Array(await created[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    expect(new TextDecoder().decode(bytes)).toBe('line,column,message\r\n4,phone,not a phone number\r\n9,,wrong number of fields\r\n');
  });

  it('says why a job failed', async () => {
    mockFetch({
      [`GET ${BASE}/member-imports/${JOB}`]: () =>
        json(job({ status: 'failed', error: 'the file is not UTF-8', finishedAt: '2026-11-22T12:00:03Z' })),
    });
    renderWithProviders(<ImportProgress workspaceId={WS} importId={JOB} timeZone="Asia/Shanghai" />);
    const box = await screen.findByRole('alert');
    expect(box).toHaveTextContent('导入任务中止');
    expect(box).toHaveTextContent('the file is not UTF-8');
  });
});

describe('ExportMembersButton', () => {
  it('downloads the filtered members under the name the server gives', async () => {
    const { requests } = mockFetch({
      [`GET ${BASE}/members/export`]: () =>
        new Response('\uFEFFplatform,platform_user_id\r\nwechat,demo-u1\r\n', {
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="members-2026-11-22.csv"' },
        }),
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const user = userEvent.setup();
    renderWithProviders(<ExportMembersButton workspaceId={WS} query={{ tag: ['宝妈'], silentDays: 7 }} />);
    await user.click(screen.getByRole('button', { name: /导出 CSV/ }));
    await waitFor(() => expect(clicked).toEqual(['members-2026-11-22.csv']));
    const q = new URL(requests[0].url).searchParams;
    expect(q.getAll('tag')).toEqual(['宝妈']);
    expect(q.get('silentDays')).toBe('7');
  });
});
