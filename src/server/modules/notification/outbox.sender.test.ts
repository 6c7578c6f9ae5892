import type { Logger } from 'pino';
import { describe, expect, it } from 'vitest';
import { logSender } from './outbox.sender.ts';

// The log sender (no SMS gateway configured) must not leave a citizen's sign-in code in a
// production log; demo mode shows it, so the demo can be signed in to.
describe('the log sender', () => {
  const logged = () => {
    const lines: { to: string; text: string }[] = [];
    const log = { info: (o: { to: string; text: string }) => void lines.push(o) } as unknown as Logger;
    return { lines, log };
  };
  const code = { to: '13912345678', text: '【一窗通办】您的登录验证码为654321，5分钟内有效。', ref: 'secret:citizen-sign-in' };

  it('hides a secret’s digits and masks the number', async () => {
    const { lines, log } = logged();
    await logSender(log).send(code);
    expect(lines).toEqual([{ to: '139****5678', ref: 'secret:citizen-sign-in', text: '【一窗通办】您的登录验证码为******，5分钟内有效。' }]);
  });

  it('shows the code in demo mode, and an ordinary message as it is', async () => {
    const { lines, log } = logged();
    await logSender(log, { revealSecrets: true }).send(code);
    await logSender(log).send({ to: '13912345678', text: '请于 2026-12-07 09:00 到窗口领取', ref: 'case:1' });
    expect(lines.map((l) => l.text)).toEqual(['【一窗通办】您的登录验证码为654321，5分钟内有效。', '请于 2026-12-07 09:00 到窗口领取']);
  });
});
