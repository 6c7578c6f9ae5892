import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorsOf, warningsOf, type CatalogProblem } from '../../../../../domain/catalog/index.ts';
import { ApiError } from '../../../../api/client.ts';
import { errorText } from '../../shared/serverErrors.ts';
import { useCatalogCommands } from '../api.ts';
import { ProblemList } from './ProblemList.tsx';

interface Target {
  id: string;
  versionNo: number;
}

/** The problems a 422 CATALOG_NOT_PUBLISHABLE carries, or undefined for any other failure. */
export function refusedProblems(err: unknown): { problems: CatalogProblem[]; warnings: CatalogProblem[] } | undefined {
  if (!(err instanceof ApiError) || err.body.code !== 'CATALOG_NOT_PUBLISHABLE') return undefined;
  const d = (err.body.details ?? {}) as { problems?: CatalogProblem[]; warnings?: CatalogProblem[] };
  return { problems: d.problems ?? [], warnings: d.warnings ?? [] };
}

/**
 * Publish (after a confirmation) and the dry-run check. A refusal lists every problem the
 * server found; a success still shows the warnings it returned, as they were recorded.
 */
export function usePublish() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { publish, check } = useCatalogCommands();

  const show = (kind: 'error' | 'warning' | 'info', title: string, problems: CatalogProblem[], testId: string) =>
    modal[kind]({ title, width: 680, okText: t('console.common.confirm'), content: <ProblemList problems={problems} testId={testId} /> });

  /** Resolves true once published; `onRefused` gets the blocking problems (to mark fields). */
  const run = (v: Target, onRefused?: (problems: CatalogProblem[]) => void) =>
    new Promise<boolean>((resolve) => {
      modal.confirm({
        title: t('console.catalog.publish.confirmTitle', { n: v.versionNo }),
        content: t('console.catalog.publish.confirmText'),
        okText: t('console.catalog.publish.ok'),
        cancelText: t('console.common.cancel'),
        onCancel: () => resolve(false),
        onOk: async () => {
          try {
            const r = await publish.mutateAsync(v.id);
            if (r.warnings.length)
              show('warning', t('console.catalog.publish.publishedWithWarnings', { n: v.versionNo }), r.warnings, 'publish-warnings');
            else message.success(t('console.catalog.publish.published', { n: v.versionNo }));
            resolve(true);
          } catch (err) {
            const refused = refusedProblems(err);
            if (refused) {
              show('error', errorText(err), [...refused.problems, ...refused.warnings], 'publish-problems');
              onRefused?.(refused.problems);
            } else message.error(errorText(err));
            resolve(false);
          }
        },
      });
    });

  const dryRun = async (versionId: string) => {
    try {
      const r = await check.mutateAsync(versionId);
      const errors = errorsOf(r.problems).length;
      const warnings = warningsOf(r.problems).length;
      if (r.problems.length === 0) return void message.success(t('console.catalog.publish.checkOk'));
      const title = errors
        ? t(warnings ? 'console.catalog.publish.checkErrorsAndWarnings' : 'console.catalog.publish.checkErrors', { errors, warnings })
        : t('console.catalog.publish.checkWarnings', { warnings });
      show(errors ? 'error' : 'info', title, r.problems, 'check-problems');
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return { publish: run, check: dryRun, checking: check.isPending };
}
