import { Alert, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { LinkButton } from './LinkButton.tsx';

/** An application that did not load: not found (or another account's: the same 404), or the error. */
export function LoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 20 }}>{t('detail.notFound')}</h1>}
        extra={
          <LinkButton to="/portal/applications" type="primary">
            {t('detail.back')}
          </LinkButton>
        }
      />
    );
  return <Alert type="error" showIcon title={errorText(error, t('failed'))} />;
}
