import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { caseByNumber, createScanDetector, scannedCaseNumber } from '../../../features/case/index.ts';
import { hasPermission, useMe } from '../../../features/session/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';

/**
 * Anywhere in the workbench, a notice's barcode scanned opens its case: the scanner's fast
 * burst ending with Enter is caught at the document (capture phase), whatever has the focus.
 * Fields that read a barcode themselves (the lists' box, 流转签收) say so with
 * `data-scanner="own"` and keep it.
 */
export function ScanToOpen() {
  const me = useMe().data;
  const allowed = !!me && hasPermission(me, 'case.read');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.cases' });
  const busy = useRef(false);
  const latest = useRef({ navigate, message, t });
  latest.current = { navigate, message, t };

  useEffect(() => {
    if (!allowed) return;
    const detector = createScanDetector();
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest?.('[data-scanner="own"]')) return;
      const text = detector.key(e.key, e.timeStamp || performance.now());
      const number = text && scannedCaseNumber(text);
      if (!number || busy.current) return;
      // The scanner typed into whatever had the focus; this Enter must not submit that form.
      e.preventDefault();
      e.stopPropagation();
      busy.current = true;
      const { navigate: go, message: msg, t: tr } = latest.current;
      caseByNumber(number)
        .then((c) => go(`/workbench/cases/${c.id}`))
        .catch((err: unknown) => void msg.error(errorText(err, tr('scanNotFound', { number }))))
        .finally(() => (busy.current = false));
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [allowed]);
  return null;
}
