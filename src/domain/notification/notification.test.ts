import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelsOf, checkTemplate, notificationEventKeys, notificationEvents, notificationGroupInfo, notificationGroups, placeholdersOf, renderTemplate, requiredOf, secretEvents, TemplateError } from './index.ts';

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

  it('keeps a required variable in the body: the sign-in code cannot be edited out of its message', () => {
    expect(requiredOf('citizen.sign-in-code')).toEqual(['code']);
    expect(channelsOf('citizen.sign-in-code')).toEqual(['sms']);
    expect(secretEvents.has('citizen.sign-in-code')).toBe(true);
    const allowed = Object.keys(notificationEvents['citizen.sign-in-code'].variables);
    expect(checkTemplate({ subject: '{code}', body: '请登录' }, allowed, ['code'])).toEqual({ kind: 'required-variable', name: 'code' });
    expect(checkTemplate({ subject: '', body: '验证码{code}' }, allowed, ['code'])).toBeNull();
  });

  it('every event belongs to a group; a group that is no choice has SMS-only events, and every default keeps its required variables', () => {
    for (const key of notificationEventKeys) {
      const e = notificationEvents[key] as (typeof notificationEvents)[typeof key] & { group: string };
      expect(notificationGroups, key).toContain(e.group);
      if (!notificationGroupInfo[e.group as keyof typeof notificationGroupInfo].choosable) expect(channelsOf(key), key).toEqual(['sms']);
      for (const lang of ['zh', 'en'] as const) expect(checkTemplate(e.templates[lang], Object.keys(e.variables), requiredOf(key)), `${key} ${lang}`).toBeNull();
    }
  });

  it('the case and delivery defaults read as the window always wrote them', () => {
    const vars = { centerName: '旬邑县政务服务中心', itemName: '食品经营许可', caseNo: 'XY1', promisedDue: '2026-12-30' };
    expect(renderTemplate(notificationEvents['case.accepted'].templates.zh, vars).body).toBe('【旬邑县政务服务中心】您申请的“食品经营许可”（办件编号 XY1）已受理，承诺 2026-12-30 前办结。');
    const code = { ...vars, cabinetId: 'C1', pickupCode: '12345678', hours: '72' };
    expect(renderTemplate(notificationEvents['delivery.cabinet-stored'].templates.zh, code).body).toBe('【旬邑县政务服务中心】您申请的“食品经营许可”（办件编号 XY1）的办理结果已存入自助智能柜（C1），取件码 12345678，72 小时内有效，仅可使用一次。');
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
