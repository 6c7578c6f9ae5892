import { Alert, App, Button, Checkbox, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../shared/serverErrors.ts';
import { ListError } from '../shared/table.tsx';
import type { ServiceWindow } from '../shared/types.ts';
import { useHallWrite, useTicketCategories, useWindowCategories } from './api.ts';
import { useCenterWindows } from './useCenterWindows.ts';

/** Which categories each window calls from: one row per window, tick the categories, save the row. */
export function WindowMappingTab({ centerId }: { centerId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall' });
  const { t: tc } = useTranslation(undefined, { keyPrefix: 'console.common' });
  const { message } = App.useApp();
  const windows = useCenterWindows(centerId);
  const categories = useTicketCategories(centerId);
  const mapping = useWindowCategories(centerId);
  const write = useHallWrite(centerId);
  // Unsaved ticks per window; a row without an entry shows what the server has.
  const [draft, setDraft] = useState<Record<string, string[]>>({});

  const saved = (windowId: string) => (mapping.data ?? []).filter((m) => m.windowId === windowId).map((m) => m.categoryId);
  const ticked = (windowId: string) => draft[windowId] ?? saved(windowId);
  const dirty = (windowId: string) =>
    draft[windowId] !== undefined && [...draft[windowId]].sort().join() !== [...saved(windowId)].sort().join();
  const active = (categories.data ?? []).filter((c) => c.active);

  const save = async (w: ServiceWindow) => {
    try {
      await write.mutateAsync({ path: `/queue/windows/${w.id}/categories`, method: 'PUT', body: { categoryIds: ticked(w.id) } });
      setDraft(({ [w.id]: _done, ...rest }) => rest);
      message.success(t('mapping.saved', { number: w.number }));
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const uncovered = active.filter((c) => !(windows.data ?? []).some((w) => ticked(w.id).includes(c.id)));
  return (
    <>
      <Typography.Paragraph type="secondary">{t('mapping.hint')}</Typography.Paragraph>
      {uncovered.length > 0 && mapping.data && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${t('category.noWindowWarning')}（${uncovered.map((c) => `${c.prefix} ${c.name}`).join('、')}）`}
        />
      )}
      <ListError error={windows.error ?? mapping.error} />
      <Table<ServiceWindow>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={windows.isFetching || mapping.isFetching}
        dataSource={windows.data}
        columns={[
          {
            title: t('mapping.window'),
            key: 'window',
            width: 200,
            render: (_, w) => (
              <span>
                <Tag color="geekblue">{w.number}</Tag>
                {w.name}
              </span>
            ),
          },
          {
            title: t('mapping.categories'),
            key: 'categories',
            render: (_, w) => (
              <>
                <Checkbox.Group
                  value={ticked(w.id)}
                  onChange={(ids) => setDraft((d) => ({ ...d, [w.id]: ids as string[] }))}
                  options={active.map((c) => ({ value: c.id, label: `${c.prefix} ${c.name}` }))}
                  data-testid={`mapping-${w.number}`}
                />
                {ticked(w.id).length === 0 && <Typography.Text type="warning">{t('mapping.none')}</Typography.Text>}
              </>
            ),
          },
          {
            title: tc('actions'),
            key: 'save',
            width: 100,
            render: (_, w) => (
              <Button
                type="primary"
                size="small"
                disabled={!dirty(w.id)}
                loading={write.isPending && dirty(w.id)}
                onClick={() => void save(w)}
              >
                {tc('save')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
