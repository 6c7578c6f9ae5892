import type { Config } from '../platform/config.ts';
import { createPlatform } from '../main.ts';

export async function serve(config: Config) {
  const platform = await createPlatform(config);
  const { app, ctx } = platform;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.log.info(`${signal}: finishing open requests, then stopping`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await platform.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.PORT, host: config.HOST });
  const url = `http://localhost:${config.PORT}`;
  ctx.log.info(`OneWindow 一窗通办 ready at ${url} (${ctx.database.describe}${config.demo ? ', demo mode' : ''})`);
}
