// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseActionResult, ChecklistEntryInput } from '../../../../contract/case.ts';
import { readIdCard } from './api.ts';
import { materialsComplete, type IntakeItemDraft } from './ItemSection.tsx';
import { CaseActionBar } from '../../../features/case/CaseActionBar.tsx';
import { ChecklistEditor, initialEntry, type ChecklistMaterial } from '../../../features/case/ChecklistEditor.tsx';
import '../../../i18n/index.ts';
import '../../../features/case/messages.ts';

beforeAll(() => {
  // antd reads these; jsdom lacks them.
  window.matchMedia ??= ((q: string) => ({ matches: false, media: q, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as never;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function wrap(node: ReactNode) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <App>{node}</App>
    </QueryClientProvider>,
  );
}

const materials: ChecklistMaterial[] = [
  { id: 'm1', name: '身份证', required: true, waivable: false, originals: 1, copies: 1 },
  { id: 'm2', name: '营业执照副本', required: true, waivable: true, originals: 0, copies: 1 },
];
const checklist: ChecklistEntryInput[] = materials.map(initialEntry);
const result: CaseActionResult = {
  caseId: '01a24974-531b-7cf4-b725-463b4bbf5e2c',
  state: 'not_accepted',
  flags: { awaitingCorrection: false, waiverPending: false, commitmentPending: false, paused: false, extensionPending: false, extended: false, feeDue: false },
  decision: null,
  notices: [],
  allowedActions: [],
};

describe('CaseActionBar', () => {
  it('offers exactly the actions the server allows, in its order', () => {
    wrap(<CaseActionBar caseId={result.caseId} allowedActions={['intake.one_time_notice', 'intake.refuse', 'withdraw']} checklist={checklist} materials={materials} />);
    const buttons = screen.getAllByRole('button').map((b) => b.textContent?.replace(/\s/g, ''));
    expect(buttons).toEqual(['一次性告知', '不予受理', '撤回']);
    expect(screen.queryByText('受理')).toBeNull();
  });

  it('asks for reasons, basis and agency before a non-acceptance, and sends them with a fresh idempotency key', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const done = vi.fn();
    wrap(<CaseActionBar caseId={result.caseId} allowedActions={['intake.refuse']} checklist={checklist} materials={materials} onDone={done} />);
    fireEvent.click(screen.getByTestId('action-intake.refuse'));
    const ok = () => document.getElementById('action-confirm')!;
    await waitFor(() => expect(ok()).not.toBeNull());
    fireEvent.click(ok());
    expect((await screen.findAllByText('请填写此项')).length).toBe(3);
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('refuse-reasons'), { target: { value: '不属于本机关职权' } });
    fireEvent.change(screen.getByTestId('refuse-basis'), { target: { value: '行政许可法第三十二条' } });
    fireEvent.change(screen.getByTestId('refuse-agency'), { target: { value: '咸阳市市场监督管理局' } });
    fireEvent.click(ok());
    await waitFor(() => expect(done).toHaveBeenCalled());
    const [url, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(String(url)).toContain(`/api/v1/cases/${result.caseId}/actions`);
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    expect(body).toMatchObject({ action: 'intake.refuse', refusal: { reasons: '不属于本机关职权', basis: '行政许可法第三十二条', competentAgency: '咸阳市市场监督管理局' } });
    expect(String(body.idempotencyKey).length).toBeGreaterThanOrEqual(8);
  });
});

describe('CaseActionBar rows that are not buttons, and the pickup', () => {
  it('shows no button for material.scan or clock.recompute (a scan is an upload, a recompute the system\'s)', () => {
    wrap(<CaseActionBar caseId={result.caseId} allowedActions={['intake.accept', 'material.scan', 'clock.recompute']} checklist={checklist} materials={materials} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent?.replace(/\s/g, ''))).toEqual(['受理']);
  });

  it('asks at conclude whether the applicant picked the result up, and sends the pickup with the visit\'s ticket', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const done = vi.fn();
    const ticketId = '01a24974-531b-7cf4-b725-463b4bbf5e2d';
    wrap(<CaseActionBar caseId={result.caseId} allowedActions={['conclude']} checklist={checklist} materials={materials} ticketId={ticketId} onDone={done} />);
    fireEvent.click(screen.getByTestId('action-conclude'));
    await waitFor(() => expect(document.getElementById('action-confirm')).not.toBeNull());
    expect((screen.getByTestId('conclude-pickup') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(document.getElementById('action-confirm')!);
    await waitFor(() => expect(done).toHaveBeenCalled());
    const [, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(JSON.parse(String(init.body))).toMatchObject({ action: 'conclude', pickup: true, ticketId });
  });
});

describe('ChecklistEditor', () => {
  it('offers 容缺 only for a material the guide marks 可容缺', async () => {
    wrap(<ChecklistEditor materials={materials} value={checklist} onChange={() => undefined} />);
    const open = async (id: string) => {
      fireEvent.mouseDown(screen.getByTestId(`material-status-${id}`).querySelector('.ant-select-selector') ?? screen.getByTestId(`material-status-${id}`));
      return (await screen.findAllByRole('option')).map((o) => o.getAttribute('aria-label') ?? o.textContent);
    };
    expect(await open('m2')).toContain('容缺');
    cleanup();
    wrap(<ChecklistEditor materials={[materials[0]!]} value={[checklist[0]!]} onChange={() => undefined} />);
    expect(await open('m1')).not.toContain('容缺');
  });
});

describe('the ID-card reader bridge', () => {
  it('reads a card, and rejects when no bridge answers so the clerk types instead', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ name: '张三', idNumber: '610429198001010011', address: '旬邑县' }))));
    await expect(readIdCard('http://127.0.0.1:1/read')).resolves.toMatchObject({ name: '张三' });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(readIdCard('http://127.0.0.1:1/read')).rejects.toThrow('Failed to fetch');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: 'no card' }))));
    await expect(readIdCard('http://127.0.0.1:1/read')).rejects.toThrow('not a card');
  });
});

describe('收件并受理 offered only with complete materials (decision 0054)', () => {
  const draft = (statuses: string[]): IntakeItemDraft => ({
    itemId: 'i1',
    name: '事项',
    materials,
    checklist: materials.map((m, i) => ({ ...initialEntry(m), status: statuses[i] as never })),
    situationAnswers: {},
    hasForm: false,
    scans: {},
    ready: true,
  });
  it('every required material received or reused', () => {
    expect(materialsComplete(draft(['received', 'reused']))).toBe(true);
    expect(materialsComplete(draft(['received', 'missing']))).toBe(false);
    expect(materialsComplete(draft(['received', 'waived']))).toBe(false);
    expect(materialsComplete({ ...draft(['received', 'received']), ready: false })).toBe(false);
  });
});
