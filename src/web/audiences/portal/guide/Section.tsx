import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const sectionKeys = ['conditions', 'materials', 'process', 'limits', 'fees', 'where', 'contact', 'channels', 'basic', 'intermediary', 'faq'] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** One titled part of the guide, reachable from the contents bar by its anchor. */
export function Section({ id, children, extra }: { id: SectionKey; children: ReactNode; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section id={`g-${id}`} className="ow-panel ow-section" aria-labelledby={`g-${id}-h`} data-testid={`guide-${id}`}>
      <h2 id={`g-${id}-h`}>
        {t(`portal.guide.section.${id}`)}
        {extra && <span className="ow-h-extra">{extra}</span>}
      </h2>
      {children}
    </section>
  );
}
