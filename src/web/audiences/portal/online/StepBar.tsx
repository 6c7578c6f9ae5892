import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import './online.css';
import { applySteps, type ApplyStep } from './wizard.ts';

/** Where the applicant is: five short steps that wrap on a 360-pixel phone; earlier ones can be reopened. */
export function StepBar({ current, onPick }: { current: ApplyStep; onPick: (s: ApplyStep) => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  const at = applySteps.indexOf(current);
  return (
    <nav aria-label={t('steps.label')} className="ow-apply-steps">
      <p className="ow-small ow-muted">{t('stepOf', { n: at + 1, total: applySteps.length })}</p>
      <ol className="ow-plain">
        {applySteps.map((s, i) => (
          <li key={s} className={i === at ? 'is-current' : i < at ? 'is-done' : ''}>
            {i < at ? (
              <button type="button" onClick={() => onPick(s)} data-testid={`apply-step-${s}`}>
                <CheckOutlined aria-hidden /> {t(`steps.${s}`)}
              </button>
            ) : (
              <span aria-current={i === at ? 'step' : undefined} data-testid={`apply-step-${s}`}>
                {i + 1}. {t(`steps.${s}`)}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
