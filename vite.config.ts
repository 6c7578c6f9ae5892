import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes a .br and a .gz beside every built script, style sheet and page, compressed once at
 * the highest level; the server sends the one the browser accepts (@fastify/static
 * `preCompressed`), so nothing is compressed per request. Fonts (woff2) are compressed already.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'onewindow:precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => /\.(js|css|html|svg|json)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const data = await fs.promises.readFile(full);
          if (data.length < 1024) return; // not worth a second request header's worth of bytes
          const [br, gz] = await Promise.all([
            brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
            gzip(data, { level: 9 }),
          ]);
          await Promise.all([fs.promises.writeFile(`${full}.br`, br), fs.promises.writeFile(`${full}.gz`, gz)]);
        }),
      );
    },
  };
}

// The portal benchmark's baseline (bench/portal-load.bench.ts): the same app built the way it
// was before decision 0024, into its own folder: one script for every audience (only the
// search's pinyin matcher apart, as it was) and no compressed copies.
const baseline = process.env.OW_WEB_BASELINE === '1';

// The web app lives in src/web and is served by the Fastify server from dist/web.
export default defineConfig({
  root: 'src/web',
  plugins: baseline ? [react()] : [react(), precompress()],
  build: baseline
    ? {
        outDir: '../../dist/web-baseline',
        emptyOutDir: true,
        chunkSizeWarningLimit: 4000,
        rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', test: (id) => !id.includes('pinyin-pro') }] } } },
      }
    : { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 500 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
