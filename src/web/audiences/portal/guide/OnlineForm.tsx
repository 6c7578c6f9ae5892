// 在线填报: an online-capable item's form, filled in and checked in the browser. Submitting
// an application comes with the online hall (网上办事大厅 申报); nothing is sent yet.
import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SchemaForm, type JsonSchema } from '../../../features/forms/index.ts';
import type { PortalGuide } from '../shared/api.ts';

export function hasOnlineForm(g: PortalGuide): boolean {
  return (g.online || g.channels.includes('online')) && !!g.formSchema && (g.formSchema as JsonSchema).type === 'object';
}

export function OnlineForm({ guide }: { guide: PortalGuide }) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState(false);
  if (!hasOnlineForm(guide)) return null;
  return (
    <section id="g-online-form" className="ow-panel ow-section" aria-labelledby="g-online-form-h" data-testid="guide-online-form">
      <h2 id="g-online-form-h">{t('portal.guide.onlineForm.title')}</h2>
      <p className="ow-small ow-muted">{t('portal.guide.onlineForm.notice')}</p>
      <SchemaForm schema={guide.formSchema as JsonSchema} submitText={t('portal.guide.onlineForm.check')} onFinish={() => setChecked(true)} />
      {checked && <Alert style={{ marginTop: 12 }} type="success" showIcon title={t('portal.guide.onlineForm.ok')} />}
    </section>
  );
}
