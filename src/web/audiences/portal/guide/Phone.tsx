import { PhoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** A phone number a thumb can call; several numbers separated by 、 or , each get a link. */
export function Phone({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  const numbers = (value ?? '').split(/[、,，;；\s]+/).filter(Boolean);
  if (!numbers.length) return <>—</>;
  return (
    <span className="ow-row">
      {numbers.map((n) => (
        <a key={n} href={`tel:${n.replace(/[^\d+]/g, '')}`} className="ow-phone" aria-label={t('portal.guide.contact.call', { phone: n })}>
          <PhoneOutlined aria-hidden />
          {n}
        </a>
      ))}
    </span>
  );
}
