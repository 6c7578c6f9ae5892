import { Alert, App, Button, Card, Col, Drawer, Form, Input, Radio, Row, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListError } from '../shared/table.tsx';
import { errorText } from '../shared/serverErrors.ts';
import { useNotificationTemplates, useSaveTemplate, useSendTest, useTemplatePreview, type NotificationChannel, type NotificationEventView, type NotificationLang } from './api.ts';

/** 通知模板: every event the platform sends, with the center's own wordings per channel and language. */
export function TemplatesTab({ centerId }: { centerId: string }) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'console.notifications' });
  const lang: NotificationLang = i18n.language?.startsWith('en') ? 'en' : 'zh';
  const events = useNotificationTemplates(centerId, lang);
  const [editing, setEditing] = useState<NotificationEventView | null>(null);
  const columns: ColumnsType<NotificationEventView> = [
    { title: t('group'), dataIndex: 'groupLabel', width: 110 },
    { title: t('event'), dataIndex: 'label', width: 160 },
    { title: t('code'), dataIndex: 'event', width: 200, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: t('defaultText'), key: 'default', render: (_, e) => <Typography.Text type="secondary">{e.defaults[lang].body}</Typography.Text> },
    {
      title: t('custom'),
      key: 'custom',
      width: 200,
      render: (_, e) =>
        e.templates.length ? e.templates.map((s) => <Tag key={`${s.channel}-${s.lang}`} color="blue">{`${t(`channels.${s.channel}`)} · ${s.lang}`}</Tag>) : <Tag>{t('usingDefault')}</Tag>,
    },
    { title: t('actions'), key: 'edit', width: 90, render: (_, e) => <Button type="link" onClick={() => setEditing(e)}>{t('edit')}</Button> },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('templatesHint')}</Typography.Paragraph>
      <ListError error={events.error} />
      <Table<NotificationEventView> rowKey="event" size="middle" columns={columns} dataSource={events.data} loading={events.isLoading} pagination={false} />
      {editing && <TemplateDrawer centerId={centerId} event={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function TemplateDrawer({ centerId, event, onClose }: { centerId: string; event: NotificationEventView; onClose: () => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.notifications' });
  const { message } = App.useApp();
  // An event with fixed channels (the sign-in code: SMS only) offers only those.
  const channels = event.channels;
  const [channel, setChannel] = useState<NotificationChannel>(channels[0] ?? 'sms');
  const [lang, setLang] = useState<NotificationLang>('zh');
  const slotOf = (c: NotificationChannel, l: NotificationLang) => event.templates.find((s) => s.channel === c && s.lang === l);
  const slot = slotOf(channel, lang);
  const initial = slot ?? { ...event.defaults[lang] };
  const [subject, setSubject] = useState(initial.subject);
  const [body, setBody] = useState(initial.body);
  // Switching channel or language loads that slot's wording (the center's own, else the default).
  const choose = (c: NotificationChannel, l: NotificationLang) => {
    const next = slotOf(c, l) ?? event.defaults[l];
    setChannel(c);
    setLang(l);
    setSubject(next.subject);
    setBody(next.body);
  };
  const [debounced, setDebounced] = useState({ subject, body });
  useEffect(() => {
    const id = setTimeout(() => setDebounced({ subject, body }), 300);
    return () => clearTimeout(id);
  }, [subject, body]);
  const preview = useTemplatePreview(centerId, { event: event.event, ...debounced });
  const save = useSaveTemplate(centerId);
  const test = useSendTest(centerId);
  const [testTo, setTestTo] = useState('');
  const sendTest = async () => {
    const to = testTo.trim();
    try {
      const r = await test.mutateAsync({ event: event.event, lang, ...(to.includes('@') ? { email: to } : { mobile: to }) });
      message.success(r.channels.length ? t('testSent') : t('testOptedOut'));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const submit = async (reset = false) => {
    try {
      await save.mutateAsync({ event: event.event, channel, lang, subject, body, reset });
      message.success(reset ? t('resetDone') : t('saved'));
      onClose();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Drawer open width={720} title={`${t('editTitle')}：${event.label}`} onClose={onClose} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <Radio.Group value={channel} onChange={(e) => choose(e.target.value, lang)} optionType="button" options={channels.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
          <Radio.Group value={lang} onChange={(e) => choose(channel, e.target.value)} optionType="button" options={[{ value: 'zh', label: '中文' }, { value: 'en', label: 'English' }]} />
          {slot ? <Tag color="blue">{t('customTag')}</Tag> : <Tag>{t('usingDefault')}</Tag>}
        </Space>
        <Typography.Text type="secondary">
          {t('variables')}：
          {event.variables.map((v) => (
            <Typography.Text key={v.name} code copyable={{ text: `{${v.name}}` }} title={v.sample}>
              {`{${v.name}}`}
              {event.required.includes(v.name) ? `（${t('required')}）` : ''}
            </Typography.Text>
          ))}
        </Typography.Text>
        <Form layout="vertical">
          {channel !== 'sms' && (
            <Form.Item label={t('subject')}>
              <Input aria-label={t('subject')} value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={2000} />
            </Form.Item>
          )}
          <Form.Item label={t('body')}>
            <Input.TextArea aria-label={t('body')} value={body} onChange={(e) => setBody(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
          </Form.Item>
        </Form>
        <Card size="small" title={t('preview')} data-testid="template-preview">
          {preview.error ? (
            <Alert type="error" showIcon message={errorText(preview.error)} />
          ) : (
            <Row gutter={8}>
              <Col span={24}>
                {channel !== 'sms' && <Typography.Paragraph strong>{preview.data?.subject}</Typography.Paragraph>}
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>{preview.data?.body}</Typography.Paragraph>
                {channel === 'sms' && preview.data && <Typography.Text type="secondary">{t('smsLength', { count: preview.data.length })}</Typography.Text>}
              </Col>
            </Row>
          )}
        </Card>
        <Space>
          <Button type="primary" loading={save.isPending} onClick={() => submit(false)}>{t('save')}</Button>
          {slot && <Button onClick={() => submit(true)}>{t('reset')}</Button>}
          <Button onClick={onClose}>{t('cancel')}</Button>
        </Space>
        <Space.Compact style={{ width: '100%' }}>
          <Input aria-label={t('testTo')} placeholder={t('testTo')} value={testTo} onChange={(e) => setTestTo(e.target.value)} />
          <Button loading={test.isPending} disabled={!testTo.trim()} onClick={sendTest}>{t('sendTest')}</Button>
        </Space.Compact>
        <Typography.Text type="secondary">{t('testHint')}</Typography.Text>
      </Space>
    </Drawer>
  );
}
