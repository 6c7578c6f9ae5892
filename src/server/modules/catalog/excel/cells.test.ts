import { describe, expect, it } from 'vitest';
import { itemTypes, themes } from '../../../../domain/catalog/index.ts';
import { code, limit, list, text, yesNo, yuan } from './cells.ts';
import { field, records } from './records.ts';

describe('workbook cell codecs', () => {
  it('reads back what they write, and what people type', () => {
    for (const l of [
      { amount: 20, unit: 'workday' },
      { amount: 30, unit: 'naturalDay' },
      { amount: 0, unit: 'instant' },
      { amount: 2, unit: 'instant' },
    ] as const) {
      expect(limit.read(limit.write(l))).toEqual({ value: l });
    }
    expect(limit.read('20 个工作日')).toEqual({ value: { amount: 20, unit: 'workday' } });
    expect(limit.read('20天')).toMatchObject({ error: expect.stringContaining('格式不正确') });
    expect(code(itemTypes, '事项类型', true).read('05')).toEqual({ value: '05' });
    expect(code(itemTypes, '事项类型', true).read('行政给付')).toEqual({ value: '05' });
    expect(list(code(themes, '服务主题')).read('社会救助；养老服务')).toEqual({ value: ['socialAssistance', 'elderly'] });
    expect(yesNo.read('否')).toEqual({ value: false });
    expect(yesNo.read('也许')).toMatchObject({ error: '应填写“是”或“否”' });
  });

  it('keeps money in fen and refuses fractions of a fen', () => {
    expect(yuan.write(8000)).toBe(80);
    expect(yuan.read(80.5)).toEqual({ value: 8050 });
    expect(yuan.read('¥1,200.10')).toEqual({ value: 120010 });
    expect(yuan.read(-5)).toEqual({ value: -500 });
    expect(yuan.read('0.125')).toMatchObject({ error: expect.stringContaining('两位小数') });
  });

  it('writes small records as labelled lines and reads multi-line values back', () => {
    const faq = records([field('问', 'question', text), field('答', 'answer', text)]);
    const entries = [
      { question: '能否代办？', answer: '可以。\n须携带授权委托书。' },
      { question: '收费吗？', answer: '不收费。' },
    ];
    const cell = faq.write(entries);
    expect(cell).toBe('问：能否代办？\n答：可以。\n须携带授权委托书。\n\n问：收费吗？\n答：不收费。');
    expect(faq.read(cell)).toEqual({ value: entries });
    expect(faq.read('随便写的')).toMatchObject({ error: expect.stringContaining('每条应以“问：”开头') });
  });
});
