import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defineConfig, type Plugin, type Rollup } from 'vite';
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

/**
 * Each audience (portal, kiosk, …) is loaded by React.lazy once the entry script has run: a
 * second round trip on a slow link. This puts a tiny script in index.html that, from the
 * address alone, asks at once for the opened audience's own scripts and styles (modulepreload,
 * preload), so they arrive beside the entry instead of after it.
 */
function audiencePreload(): Plugin {
  return {
    name: 'onewindow:audience-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return;
        const chunkOf = (file: string) => bundle[file] as Rollup.OutputChunk;
        const closure = (file: string, seen = new Set<string>()): Set<string> => {
          if (seen.has(file)) return seen;
          seen.add(file);
          for (const i of chunkOf(file).imports) closure(i, seen);
          return seen;
        };
        const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const withEntry = closure(chunks.find((c) => c.isEntry)!.fileName);
        const byPath: Record<string, string[]> = {};
        for (const c of chunks) {
          const audience = c.facadeModuleId?.match(/audiences\/(\w+)\/index\.tsx$/)?.[1];
          if (!audience) continue;
          const files = [...closure(c.fileName)].filter((f) => !withEntry.has(f));
          const css = files.flatMap((f) => [...(chunkOf(f).viteMetadata?.importedCss ?? [])]);
          byPath[`/${audience}`] = [...files, ...css].map((f) => `/${f}`);
        }
        const script = `(function(m,p){for(var k in m)if(p===k||p.indexOf(k+'/')===0)m[k].forEach(function(f){var l=document.createElement('link');l.rel=/\\.css$/.test(f)?'preload':'modulepreload';if(l.rel==='preload')l.as='style';l.href=f;document.head.appendChild(l)})})(${JSON.stringify(byPath)},location.pathname)`;
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
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
  plugins: baseline ? [react()] : [react(), audiencePreload(), precompress()],
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
