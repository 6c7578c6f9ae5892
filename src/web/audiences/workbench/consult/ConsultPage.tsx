import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Col, Form, Input, List, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { consultationChannels, type ConsultationCreate, type ConsultationView, type KnowledgeList } from '../../../../contract/case.ts';
import { api, type Page } from '../../../api/client.ts';
import { useMe } from '../../../features/session/index.ts';
import { ErrorAlert, errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { guidePdfUrl } from '../../portal/shared/api.ts';
import { useItemSearch } from '../intake/api.ts';
import { NoticeSituations } from './NoticeSituations.tsx';

type Values = Omit<ConsultationCreate, 'centerId'>;
type Knowledge = z.infer<typeof KnowledgeList>;

/** 咨询登记 (首问负责): log each question with its answer or referral; print the item's 一次性告知单. */
export function ConsultPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.consult' });
  const { message } = App.useApp();
  const me = useMe().data!;
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const items = useItemSearch(q);
  const [itemLabel, setItemLabel] = useState<Record<string, string>>({});
  const itemId = Form.useWatch('itemId', form);
  // 情形 answers for the printed 一次性告知单, per item (a new item starts unanswered).
  const [answers, setAnswers] = useState<{ itemId?: string; answers: Record<string, string> }>({ answers: {} });
  const chosen = answers.itemId === itemId ? answers.answers : {};
  const [page, setPage] = useState(1);
  const logged = useQuery({
    queryKey: ['consultations', page],
    queryFn: () => api<Page<ConsultationView>>('/consultations', { query: { page, pageSize: 10 } }),
    placeholderData: keepPreviousData,
  });
  const knowledge = useQuery({
    queryKey: ['knowledge', itemId],
    queryFn: () => api<Knowledge>(`/portal/items/${itemId}/knowledge`),
    enabled: !!itemId,
  });
  const create = useMutation({
    mutationFn: (v: Values) => api<ConsultationView>('/consultations', { method: 'POST', body: { ...v, centerId: me.center.id } }),
    onSuccess: () => {
      void message.success(t('saved'));
      form.resetFields();
      void qc.invalidateQueries({ queryKey: ['consultations'] });
    },
    onError: (e) => void message.error(errorText(e, t('save'))),
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="consult-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('new')}>
            <Form form={form} layout="vertical" initialValues={{ channel: 'visit', knowledgeBase: false }} onFinish={(v) => create.mutate(v)}>
              <Row gutter={12}>
                <Col span={8}>
                  <Form.Item name="channel" label={t('channel')}>
                    <Select options={consultationChannels.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
                  </Form.Item>
                </Col>
                <Col span={16}>
                  <Form.Item name="itemId" label={t('item')}>
                    <Select
                      allowClear
                      showSearch={{ filterOption: false, onSearch: setQ }}
                      placeholder={t('itemHint')}
                      options={[
                        ...(itemId && !(items.data ?? []).some((i) => i.itemId === itemId) ? [{ value: itemId, label: itemLabel[itemId] ?? itemId }] : []),
                        ...(items.data ?? []).map((i) => ({ value: i.itemId, label: i.name })),
                      ]}
                      onSelect={(v: string, o: { label: string }) => setItemLabel((m) => ({ ...m, [v]: o.label }))}
                      data-testid="consult-item"
                    />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="askerName" label={t('askerName')}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="askerPhone" label={t('askerPhone')}>
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
              {itemId && <NoticeSituations itemId={itemId} answers={chosen} onChange={(a) => setAnswers({ itemId, answers: a })} />}
              <Form.Item name="question" label={t('question')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                <Input.TextArea rows={2} data-testid="consult-question" />
              </Form.Item>
              <Form.Item name="answer" label={t('answer')}>
                <Input.TextArea rows={3} data-testid="consult-answer" />
              </Form.Item>
              <Form.Item name="referredTo" label={t('referredTo')}>
                <Input />
              </Form.Item>
              <Form.Item name="knowledgeBase" valuePropName="checked">
                <Checkbox>{t('knowledgeBase')}</Checkbox>
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="consult-save">
                  {t('save')}
                </Button>
                <Button disabled={!itemId} onClick={() => itemId && window.open(guidePdfUrl(itemId, chosen), '_blank', 'noopener')} data-testid="consult-print-guide">
                  {t('printGuide')}
                </Button>
              </Space>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('knowledge')}>
            {!itemId ? (
              <Typography.Text type="secondary">{t('knowledgePick')}</Typography.Text>
            ) : knowledge.error ? (
              <ErrorAlert error={knowledge.error} />
            ) : (
              <List
                size="small"
                loading={knowledge.isFetching}
                dataSource={knowledge.data?.items ?? []}
                locale={{ emptyText: t('knowledgeEmpty') }}
                renderItem={(k) => (
                  <List.Item>
                    <List.Item.Meta title={k.question} description={k.answer} />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('log')}>
        {logged.error && <ErrorAlert error={logged.error} />}
        <Table<ConsultationView>
          size="small"
          rowKey="id"
          loading={logged.isFetching}
          dataSource={logged.data?.items ?? []}
          data-testid="consult-log"
          pagination={{ current: page, pageSize: 10, total: logged.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('at'), width: 170, render: (_, c) => formatDateTime(c.createdAt) },
            { title: t('channel'), width: 80, render: (_, c) => t(`channels.${c.channel}`) },
            { title: t('question'), dataIndex: 'question' },
            { title: t('answer'), render: (_, c) => c.answer ?? (c.referredTo ? `${t('referredTo')}：${c.referredTo}` : '') },
            { title: t('firstAsked'), width: 100, dataIndex: 'firstAskedBy' },
            { title: '', width: 70, render: (_, c) => c.knowledgeBase && <Tag color="blue">{t('inKb')}</Tag> },
          ]}
        />
      </Card>
    </Space>
  );
}
