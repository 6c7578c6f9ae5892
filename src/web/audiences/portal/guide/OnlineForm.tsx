// 在线填报: an online-capable item's form, filled in and checked in the browser. Submitting
// an application comes with the online hall (网上办事大厅 申报); nothing is sent yet.
import { Alert } from 'antd';
import { useState } from 'react';
import { SchemaForm, type JsonSchema } from '../../../features/forms/index.ts';
import type { PortalGuide } from '../shared/api.ts';

export function hasOnlineForm(g: PortalGuide): boolean {
  return (g.online || g.channels.includes('online')) && !!g.formSchema && (g.formSchema as JsonSchema).type === 'object';
}

export function OnlineForm({ guide }: { guide: PortalGuide }) {
  const [checked, setChecked] = useState(false);
  if (!hasOnlineForm(guide)) return null;
  return (
    <section id="g-online-form" className="ow-panel ow-section" aria-labelledby="g-online-form-h" data-testid="guide-online-form">
      <h2 id="g-online-form-h">在线填报</h2>
      <p className="ow-small ow-muted">网上提交申请将随网上办事大厅申报功能开通；目前可在此试填并检查内容，尚不会提交。</p>
      <SchemaForm schema={guide.formSchema as JsonSchema} submitText="检查填写内容" onFinish={() => setChecked(true)} />
      {checked && <Alert style={{ marginTop: 12 }} type="success" showIcon title="填写内容符合要求。办理时请按申请材料清单准备材料。" />}
    </section>
  );
}
