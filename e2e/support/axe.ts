import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';

// WCAG 2.1 AA by axe-core, run in the page as a browser extension would (issue #19).
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} (${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)})`).join(', ')}`);
}

/** The smallest phone the portal is laid out for (issue #19: 360×640 up). */
export const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 640 }, locale: 'zh-CN', isMobile: true, hasTouch: true };

/**
 * Each page opened in turn, in the text size expected: its serious or critical violations, and a
 * line when the page is wider than the screen (a phone would scroll it sideways).
 */
export async function violationsOnPages(page: Page, baseUrl: string, pages: readonly string[], large: boolean): Promise<string[]> {
  const failures: string[] = [];
  for (const path of pages) {
    await page.goto(path.startsWith('http') ? path : `${baseUrl}${path}`);
    await page.getByTestId('portal').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('portal').getAttribute('data-large-text')).toBe(large ? 'on' : 'off');
    failures.push(...(await pageProblems(page, `${path}${large ? ' [大字]' : ''}`)));
  }
  return failures;
}

/** The page as it is now: its serious or critical violations, and a line when it is wider than the screen. */
export async function pageProblems(page: Page, where: string): Promise<string[]> {
  // Transitions settled first (a button's hover or click wave fades its colours for a moment);
  // endless ones (a spinner) are left running.
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), null, { timeout: 5000 })
    .catch(() => undefined);
  const failures = (await seriousViolations(page)).map((v) => `${where}: ${v}`);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  if (scrollWidth > innerWidth + 1) failures.push(`${where}: ${scrollWidth}px wide on a ${innerWidth}px screen`);
  return failures;
}
