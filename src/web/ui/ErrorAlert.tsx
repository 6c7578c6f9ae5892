import type { CSSProperties } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import './messages.ts';

/** The server already words its errors in the user's language; show that message as is. */
export function errorText(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.body.message || fallback;
  return fallback;
}

export function ErrorAlert({ error, style }: { error: unknown; style?: CSSProperties }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert type="error" showIcon title={errorText(error, t('common.networkError'))} style={style} role="alert" />;
}
