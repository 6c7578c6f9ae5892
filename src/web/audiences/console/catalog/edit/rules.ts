import { useTranslation } from 'react-i18next';
import { phoneText } from '../../../../../domain/catalog/index.ts';

/** Form rules that check what the guide schema checks, so the server rarely has to refuse. */
export function useGuideRules() {
  const { t } = useTranslation();
  return {
    required: { required: true, whitespace: true, message: t('console.common.required') },
    // Same pattern as the domain's phoneText: several numbers may be listed (029-1234、12345).
    phone: {
      validator: async (_: unknown, v?: string) => {
        if (v && !phoneText.safeParse(v).success) throw new Error(t('console.catalog.edit.phoneRule'));
      },
    },
  };
}
