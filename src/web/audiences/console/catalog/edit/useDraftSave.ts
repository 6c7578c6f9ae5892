import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/client.ts';
import { errorText } from '../../shared/serverErrors.ts';
import { useCatalogCommands } from '../api.ts';
import type { ShownProblem } from '../publish/ProblemList.tsx';
import { usePublish } from '../publish/usePublish.tsx';
import { applyPathProblems, type PathProblem } from './fieldErrors.ts';
import { toPatch, type GuideFormValues } from './formValues.ts';

const isPathProblems = (d: unknown): d is PathProblem[] =>
  Array.isArray(d) && d.every((p) => p && typeof p.field === 'string' && typeof p.message === 'string');

/**
 * Saving and publishing a draft from its form. Whatever the server refuses goes next to the
 * field it concerns and into the list above the form; what was typed stays in the form.
 */
export function useDraftSave(form: FormInstance<GuideFormValues>, version: { id: string; versionNo: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { saveDraft } = useCatalogCommands();
  const { publish } = usePublish();
  const [problems, setProblems] = useState<ShownProblem[]>([]);

  const show = (list: ShownProblem[]) => {
    applyPathProblems(
      form,
      list.map((p) => ({ field: p.field ?? '', message: p.message })),
    );
    setProblems(list);
  };

  const save = async (quiet = false): Promise<boolean> => {
    try {
      await form.validateFields();
    } catch (err) {
      const first = (err as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      message.error(t('console.catalog.edit.fixErrors'));
      return false;
    }
    try {
      await saveDraft.mutateAsync({ versionId: version.id, patch: toPatch(form.getFieldsValue(true)) });
      setProblems([]);
      if (!quiet) message.success(t('console.catalog.edit.saved'));
      return true;
    } catch (err) {
      if (err instanceof ApiError && isPathProblems(err.body.details))
        show(err.body.details.map((d) => ({ ...d, severity: 'error' as const })));
      message.error(errorText(err));
      return false;
    }
  };

  /** Save first (publishing reads the stored draft), then publish; true once published. */
  const saveAndPublish = async (): Promise<boolean> => {
    if (!(await save(true))) return false;
    return publish(version, (refused) => show(refused));
  };

  return { save: () => save(), saveAndPublish, saving: saveDraft.isPending, problems };
}
