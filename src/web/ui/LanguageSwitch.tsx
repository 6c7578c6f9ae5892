import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/index.ts';

/** 中文 / English. Each option is labelled in its own language so anyone can find theirs. */
export function LanguageSwitch({ size }: { size?: 'small' | 'middle' | 'large' }) {
  const { i18n } = useTranslation();
  const value = i18n.language?.startsWith('en') ? 'en' : 'zh';
  return (
    <Segmented
      size={size}
      value={value}
      onChange={(v) => setLanguage(v as 'zh' | 'en')}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
      data-testid="language-switch"
    />
  );
}
