// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { rulesOf } from './rules.ts';
import { formModelOf, parseFormDefinition, type JsonSchema } from './schema.ts';
import { SchemaForm } from './SchemaForm.tsx';
import '../../i18n/index.ts';

const schema: JsonSchema = {
  type: 'object',
  title: '最低生活保障申请表',
  required: ['name', 'idNumber', 'members', 'reason'],
  properties: {
    name: { type: 'string', title: '申请人姓名', maxLength: 20 },
    idNumber: { type: 'string', title: '身份证号码', pattern: '^[0-9]{17}[0-9X]$' },
    birthDate: { type: 'string', format: 'date', title: '出生日期' },
    household: { type: 'string', title: '户籍类型', enum: ['城镇', '农村'] },
    members: { type: 'integer', title: '家庭人口', minimum: 1, maximum: 20 },
    income: { type: 'number', title: '月收入（元）', minimum: 0 },
    disabled: { type: 'boolean', title: '是否有残疾人' },
    reasons: { type: 'array', title: '困难原因', items: { type: 'string', enum: ['疾病', '残疾', '失业'] } },
    reason: { type: 'string', title: '申请理由', maxLength: 500, description: '简要说明家庭困难情况' },
    photo: { type: 'object', title: '照片' },
  },
};

beforeAll(() => {
  // antd reads these; jsdom lacks them.
  window.matchMedia ??= ((q: string) => ({ matches: false, media: q, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as never;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
});
afterEach(cleanup);

describe('online form schema → fields', () => {
  it('maps each supported property to a widget with its rules, and reports the rest', () => {
    const m = formModelOf(schema);
    expect(m.fields.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['name', 'text', true],
      ['idNumber', 'text', true],
      ['birthDate', 'date', false],
      ['household', 'select', false],
      ['members', 'integer', true],
      ['income', 'number', false],
      ['disabled', 'switch', false],
      ['reasons', 'multiselect', false],
      ['reason', 'textarea', true],
    ]);
    expect(m.fields.find((f) => f.name === 'household')!.options).toEqual(['城镇', '农村']);
    expect(m.fields.find((f) => f.name === 'members')).toMatchObject({ label: '家庭人口', minimum: 1, maximum: 20 });
    expect(m.unsupported).toEqual([{ name: 'photo', reason: '不支持的类型“object”' }]);
  });

  it('explains unusable JSON in Chinese', () => {
    expect(parseFormDefinition('')).toBeNull();
    expect(parseFormDefinition('{"type":')).toMatchObject({ error: expect.stringContaining('JSON 格式错误') });
    expect(parseFormDefinition('[]')).toEqual({ error: '在线表单定义须为 JSON Schema 对象（"type": "object"）' });
    expect(parseFormDefinition('{"type":"object"}')).toEqual({ schema: { type: 'object' } });
  });
});

describe('SchemaForm', () => {
  it('validates in Chinese and returns the value when it is valid', async () => {
    const onFinish = vi.fn();
    render(<SchemaForm schema={schema} onFinish={onFinish} />);
    expect(screen.getByText('最低生活保障申请表')).toBeTruthy();
    expect(screen.getByText('简要说明家庭困难情况')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '检查填写内容' })));
    await waitFor(() => expect(screen.getByText('请填写申请人姓名')).toBeTruthy());
    expect(screen.getByText('请填写家庭人口')).toBeTruthy();
    expect(onFinish).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('申请人姓名'), { target: { value: ' 张三 ' } });
    fireEvent.change(screen.getByLabelText('身份证号码'), { target: { value: '12345' } });
    fireEvent.change(screen.getByLabelText('家庭人口'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('申请理由'), { target: { value: '因病致贫' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '检查填写内容' })));
    await waitFor(() => expect(screen.getByText('身份证号码格式不正确')).toBeTruthy());
    expect(onFinish).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('身份证号码'), { target: { value: '61042919900101001X' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '检查填写内容' })));
    await waitFor(() => expect(onFinish).toHaveBeenCalledTimes(1));
    expect(onFinish.mock.calls[0]![0]).toEqual({ name: '张三', idNumber: '61042919900101001X', members: 3, reason: '因病致贫', disabled: false });
  });

  it('refuses numbers outside their range and non-integers (rules)', async () => {
    const [rule] = rulesOf({ name: 'n', label: '人数', required: false, widget: 'integer', minimum: 1, maximum: 5 }) as { validator: (r: unknown, v: unknown) => Promise<void> }[];
    await expect(rule!.validator({}, 9)).rejects.toThrow('人数不能大于 5');
    await expect(rule!.validator({}, 0)).rejects.toThrow('人数不能小于 1');
    await expect(rule!.validator({}, 2.5)).rejects.toThrow('人数须为整数');
    await expect(rule!.validator({}, 3)).resolves.toBeUndefined();
  });

  it('starts from a saved draft, reports each change, and leaves validation to the caller (the apply wizard)', async () => {
    const changes: Record<string, unknown>[] = [];
    render(<SchemaForm schema={schema} name="draft" hideSubmit initialValues={{ name: '张三', birthDate: '1990-01-01' }} onValuesChange={(v) => changes.push(v)} />);
    expect(screen.queryByRole('button', { name: '检查填写内容' })).toBeNull();
    expect((screen.getByLabelText('申请人姓名') as HTMLInputElement).value).toBe('张三');
    expect(screen.getByLabelText('申请人姓名').id).toBe('draft_name');
    fireEvent.change(screen.getByLabelText('家庭人口'), { target: { value: '4' } });
    await waitFor(() => expect(changes.at(-1)).toEqual({ name: '张三', birthDate: '1990-01-01', members: 4, disabled: false }));
  });
});

