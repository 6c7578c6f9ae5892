import { signIn, startTestPlatform } from '../test/harness.ts';
const p = await startTestPlatform();
const cookie = await signIn(p, 'clerk');
const fast = p.ctx.resolveSessionActor;
async function run(label: string) {
  const t: number[] = [];
  for (let i = 0; i < 1500; i++) {
    const s = process.hrtime.bigint();
    const r = await p.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    if (r.statusCode !== 200) throw new Error(r.body);
    if (i >= 300) t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  t.sort((a, b) => a - b);
  console.log(label, 'p50', t[t.length >> 1]!.toFixed(3), 'p99', t[Math.floor(t.length * 0.99)]!.toFixed(3));
}
for (let k = 0; k < 2; k++) {
  p.ctx.resolveSessionActor = fast; await run('fast');
  p.ctx.resolveSessionActor = async () => undefined; await run('better-auth');
}
await p.close();
