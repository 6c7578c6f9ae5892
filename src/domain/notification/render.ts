// Template rendering: `{name}` placeholders filled from the event's variables. Pure; a
// template is checked when saved (no unknown placeholder) and when rendered (no missing value),
// so a message never leaves with a literal `{code}` in it.
import type { TemplateText } from './types.ts';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export type TemplateProblem =
  | { kind: 'unknown-placeholder'; name: string }
  | { kind: 'missing-variable'; name: string }
  | { kind: 'required-variable'; name: string }
  | { kind: 'empty' }
  | { kind: 'too-long'; max: number };

export class TemplateError extends Error {
  constructor(readonly problem: TemplateProblem) {
    super('name' in problem ? `${problem.kind}: ${problem.name}` : problem.kind);
  }
}

export const MAX_TEMPLATE_LENGTH = 2000;

/** The placeholder names a text uses, in order of first use. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Checks a template before it is saved: every placeholder must be one of the event's variables,
 * and the body must keep the required ones (a sign-in code cannot be edited out of its message).
 */
export function checkTemplate(t: TemplateText, allowed: readonly string[], required: readonly string[] = []): TemplateProblem | null {
  if (!t.body.trim()) return { kind: 'empty' };
  if (t.body.length > MAX_TEMPLATE_LENGTH || t.subject.length > MAX_TEMPLATE_LENGTH) return { kind: 'too-long', max: MAX_TEMPLATE_LENGTH };
  for (const name of [...placeholdersOf(t.subject), ...placeholdersOf(t.body)]) if (!allowed.includes(name)) return { kind: 'unknown-placeholder', name };
  const used = placeholdersOf(t.body);
  for (const name of required) if (!used.includes(name)) return { kind: 'required-variable', name };
  return null;
}

function fill(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new TemplateError({ kind: 'missing-variable', name });
    return v;
  });
}

/** Fills a template; throws TemplateError when a placeholder has no value. Extra values are ignored. */
export function renderTemplate(t: TemplateText, vars: Readonly<Record<string, string>>): TemplateText {
  return { subject: fill(t.subject, vars), body: fill(t.body, vars) };
}
