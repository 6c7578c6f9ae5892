import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplate, notificationEventKeys, notificationEvents, placeholdersOf, renderTemplate, TemplateError } from './index.ts';

describe('notification templates', () => {
  it('fills placeholders and ignores extra values', () => {
    const out = renderTemplate({ subject: '预约 {code}', body: '【{centerName}】预约码{code}。' }, { centerName: '城关', code: '123456', extra: 'x' });
    expect(out).toEqual({ subject: '预约 123456', body: '【城关】预约码123456。' });
  });

  it('refuses a missing variable instead of sending a literal placeholder', () => {
    expect(() => renderTemplate({ subject: '', body: '验证码{code}' }, {})).toThrow(TemplateError);
    try {
      renderTemplate({ subject: '{who}', body: 'x' }, {});
    } catch (e) {
      expect((e as TemplateError).problem).toEqual({ kind: 'missing-variable', name: 'who' });
    }
  });

  it('refuses an unknown placeholder at save, an empty body and an overlong text', () => {
    const allowed = ['code'];
    expect(checkTemplate({ subject: '', body: '验证码{code}' }, allowed)).toBeNull();
    expect(checkTemplate({ subject: '{name}', body: '{code}' }, allowed)).toEqual({ kind: 'unknown-placeholder', name: 'name' });
    expect(checkTemplate({ subject: 'x', body: '  ' }, allowed)).toEqual({ kind: 'empty' });
    expect(checkTemplate({ subject: '', body: 'x'.repeat(2001) }, allowed)?.kind).toBe('too-long');
  });

  it('every default template (zh and en) uses only its event variables and renders with the samples', () => {
    for (const key of notificationEventKeys) {
      const e = notificationEvents[key];
      for (const lang of ['zh', 'en'] as const) {
        expect(checkTemplate(e.templates[lang], Object.keys(e.variables)), `${key} ${lang}`).toBeNull();
        const out = renderTemplate(e.templates[lang], e.variables);
        expect(out.body).not.toMatch(/\{[A-Za-z]/);
      }
    }
  });

  it('text without braces passes through unchanged; values are inserted literally', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes('{')), fc.string(), (text, value) => {
        expect(renderTemplate({ subject: text, body: text }, {}).body).toBe(text);
        expect(renderTemplate({ subject: '', body: `a{v}b` }, { v: value }).body).toBe(`a${value}b`);
        expect(placeholdersOf(text)).toEqual([]);
      }),
    );
  });
});
