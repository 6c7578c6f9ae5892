import { Button, Card, List, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseRef, NoticeSummary } from '../../../../contract/case.ts';
import { CaseActionBar, FlagTags, openNotice, StateTag, useCase } from '../../../features/case/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import type { IntakeItemDraft } from './ItemSection.tsx';

/** One new case right after intake: the outcome buttons exactly as the server offers, then its notice to print. */
export function OutcomePanel({ caseRef, draft }: { caseRef: CaseRef; draft: IntakeItemDraft | undefined }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.intake' });
  const { t: tc } = useTranslation(undefined, { keyPrefix: 'case' });
  const c = useCase(caseRef.id);
  const [issued, setIssued] = useState<NoticeSummary[]>([]);
  return (
    <Card
      size="small"
      title={
        <Space>
          <span data-testid="outcome-number">{caseRef.number}</span>
          <Typography.Text type="secondary">{caseRef.itemName}</Typography.Text>
          {c.data && <StateTag state={c.data.state} />}
          {c.data && <FlagTags flags={c.data.flags} />}
        </Space>
      }
      extra={<Link to={`/workbench/cases/${caseRef.id}`}>{t('openCase')}</Link>}
      data-testid={`outcome-${caseRef.itemId}`}
    >
      {c.isPending && <Spin />}
      {c.error && <ErrorAlert error={c.error} />}
      {c.data && (
        <CaseActionBar
          caseId={caseRef.id}
          allowedActions={c.data.allowedActions}
          checklist={draft?.checklist ?? []}
          materials={draft?.materials ?? []}
          onDone={(r) => setIssued(r.notices)}
        />
      )}
      {(issued.length > 0 ? issued : (c.data?.notices ?? [])).length > 0 && (
        <List
          size="small"
          style={{ marginTop: 12 }}
          dataSource={issued.length > 0 ? issued : c.data!.notices}
          renderItem={(n) => (
            <List.Item>
              <Button type="primary" onClick={() => openNotice(caseRef.id, n.id)} data-testid={`print-${n.kind}`}>
                {t('printNotice', { title: n.title })}
              </Button>
              <Typography.Text type="secondary">{n.number}</Typography.Text>
            </List.Item>
          )}
        />
      )}
      {c.data && c.data.allowedActions.length === 0 && c.data.notices.length === 0 && <Typography.Text type="secondary">{tc('noActions')}</Typography.Text>}
    </Card>
  );
}
