import { Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { limitUnits } from '../../../../../domain/catalog/index.ts';
import { useLang } from '../../shared/lang.ts';

type Name = (string | number)[];

interface Props {
  /** Where the limit sits, relative to an enclosing Form.List when inside one. */
  name: Name;
  /** The same place from the form's root, to watch the unit (即办 needs no amount). */
  absolute?: Name;
  label: string;
  /** Show the note (说明) beside the amount: legal limits cite their law there. */
  note?: boolean;
  notePlaceholder?: string;
  testId?: string;
}

/** A time limit: amount, unit (工作日 / 自然日 / 即办) and an optional note. Empty means none. */
export function LimitInput({ name, absolute, label, note, notePlaceholder, testId }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const unit = Form.useWatch([...(absolute ?? name), 'unit'], Form.useFormInstance());
  const instant = unit === 'instant';
  const units = Object.entries(limitUnits).map(([value, l]) => ({
    value,
    label: value === 'instant' ? l[lang] : l[lang].replace(/^个/, ''),
  }));
  const at = (k: string) => [...name, k];
  return (
    <Form.Item label={label} style={{ marginBottom: 8 }}>
      {/* noStyle parts report their errors to this item, shown under the whole row. */}
      <Space wrap align="start">
        <Form.Item
          name={at('amount')}
          noStyle
          rules={[{ type: 'integer', min: 0, max: 3650, message: t('console.catalog.edit.limitRule') }]}
        >
          <InputNumber
            min={0}
            max={3650}
            precision={0}
            disabled={instant}
            placeholder={instant ? '—' : t('console.catalog.edit.limitNone')}
            style={{ width: 130 }}
            aria-label={`${label}（${t('console.catalog.edit.limitAmount')}）`}
            data-testid={testId ? `${testId}-amount` : undefined}
          />
        </Form.Item>
        <Form.Item name={at('unit')} noStyle>
          <Select
            options={units}
            style={{ width: 130 }}
            aria-label={`${label}（${t('console.catalog.edit.limitUnit')}）`}
            data-testid={testId ? `${testId}-unit` : undefined}
          />
        </Form.Item>
        {note && (
          <Form.Item name={at('note')} noStyle>
            <Input
              style={{ width: 440 }}
              placeholder={notePlaceholder ?? t('console.catalog.edit.limitNote')}
              count={{ show: true, max: 500 }}
              aria-label={`${label}（${t('console.catalog.edit.limitNote')}）`}
            />
          </Form.Item>
        )}
      </Space>
    </Form.Item>
  );
}
