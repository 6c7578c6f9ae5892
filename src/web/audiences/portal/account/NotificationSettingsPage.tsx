import { Alert, Button, Checkbox, Form, Input, Radio, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useDocumentTitle } from '../shared/hooks.ts';
import { useCitizen } from './api.ts';
import { usePreferences, useSavePreferences, type CitizenNotificationPreferences, type NotificationChannel, type NotificationLang, type PreferencesDraft } from './notify-api.ts';

type Switches = Record<string, Partial<Record<NotificationChannel, boolean>>>;

const switchesOf = (p: CitizenNotificationPreferences): Switches =>
  Object.fromEntries(p.groups.filter((g) => g.choosable).map((g) => [g.group, Object.fromEntries(g.channels.map((c) => [c.channel, c.enabled]))]));

/** /portal/me/notifications: 通知设置 — the e-mail address, the language, and per kind of message the channels wanted. */
export function NotificationSettingsPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.account.notifications' });
  useDocumentTitle(t('title'), i18n.t('portal.title'));
  const uiLang: NotificationLang = i18n.language?.startsWith('en') ? 'en' : 'zh';
  const me = useCitizen();
  const prefs = usePreferences(uiLang);
  const save = useSavePreferences();
  const [email, setEmail] = useState('');
  const [lang, setLang] = useState<NotificationLang>('zh');
  const [switches, setSwitches] = useState<Switches>({});
  useEffect(() => {
    if (!prefs.data) return;
    setEmail(prefs.data.email ?? '');
    setLang(prefs.data.lang);
    setSwitches(switchesOf(prefs.data));
  }, [prefs.data]);
  if (me.isPending) return <Skeleton active />;
  if (!me.data && !me.error) return <Navigate to="/portal/sign-in?next=/portal/me/notifications" replace />;
  const error = me.error ?? prefs.error;
  const hasEmail = email.trim() !== '';
  const submit = () => {
    const draft: PreferencesDraft = {
      email: hasEmail ? email.trim() : null,
      lang,
      groups: Object.entries(switches).map(([group, channels]) => ({
        group: group as PreferencesDraft['groups'][number]['group'],
        // Without an address, e-mail cannot be on.
        channels: { ...channels, ...('email' in channels ? { email: hasEmail && !!channels.email } : {}) },
      })),
    };
    save.mutate(draft);
  };
  return (
    <section className="ow-panel ow-section ow-portal-narrow" data-testid="citizen-notification-settings">
      <h1>{t('title')}</h1>
      <p className="ow-small ow-muted">{t('intro')}</p>
      {error && <Alert type="error" showIcon title={errorText(error, t('failed'))} />}
      {prefs.isPending && !error && <Skeleton active />}
      {prefs.data && (
        <Form layout="vertical" requiredMark={false} onFinish={submit}>
          <Form.Item label={t('mobile')}>
            <span data-testid="notify-mobile">{prefs.data.mobile}</span>
          </Form.Item>
          <Form.Item label={t('email')} extra={t('emailHint')} htmlFor="notify-email">
            <Input id="notify-email" type="email" size="large" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} maxLength={200} data-testid="notify-email" />
          </Form.Item>
          <fieldset className="ow-fieldset">
            <legend>{t('lang')}</legend>
            <Radio.Group value={lang} onChange={(e) => setLang(e.target.value as NotificationLang)} data-testid="notify-lang">
              <Radio value="zh">中文</Radio>
              <Radio value="en">English</Radio>
            </Radio.Group>
          </fieldset>
          {prefs.data.groups.map((g) => (
            <fieldset key={g.group} className="ow-fieldset" data-testid={`notify-group-${g.group}`}>
              <legend>{g.label}</legend>
              <p className="ow-small ow-muted">{g.choosable ? g.events.map((e) => e.label).join('、') : t('fixed')}</p>
              {g.channels.map((c) => {
                const emailOff = c.channel === 'email' && !hasEmail;
                const checked = g.choosable ? !!switches[g.group]?.[c.channel] && !emailOff : true;
                return (
                  <Checkbox
                    key={c.channel}
                    checked={checked}
                    disabled={!g.choosable || emailOff}
                    onChange={(e) => setSwitches((s) => ({ ...s, [g.group]: { ...s[g.group], [c.channel]: e.target.checked } }))}
                    data-testid={`notify-${g.group}-${c.channel}`}
                    className="ow-notify-channel"
                  >
                    {t(`channels.${c.channel}`)}
                    {emailOff && <span className="ow-small ow-muted">（{t('needEmail')}）</span>}
                  </Checkbox>
                );
              })}
            </fieldset>
          ))}
          {save.error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={errorText(save.error, t('failed'))} data-testid="notify-save-error" />}
          {save.isSuccess && !save.isPending && <Alert style={{ marginBottom: 16 }} type="success" showIcon title={t('saved')} data-testid="notify-saved" />}
          <Button type="primary" size="large" block htmlType="submit" loading={save.isPending} data-testid="notify-save">
            {t('save')}
          </Button>
        </Form>
      )}
      <p style={{ marginTop: 16 }}>
        <Link to="/portal/me/messages">{t('toInbox')}</Link>
      </p>
    </section>
  );
}
