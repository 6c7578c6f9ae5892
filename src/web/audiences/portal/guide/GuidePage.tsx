import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useGuide, type PortalGuide } from '../shared/api.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { BackButton, RecordGate } from '../shared/pageParts.tsx';
import { GuideHeader } from './GuideHeader.tsx';
import { BasicInfo, Conditions, Fees, Intermediaries, Limits } from './GuideFacts.tsx';
import { Channels, Contact, Faq, WhereAndWhen } from './GuideVisit.tsx';
import { Materials } from './Materials.tsx';
import { OnlineForm } from './OnlineForm.tsx';
import { Process } from './Process.tsx';
import { sectionKeys, type SectionKey } from './Section.tsx';

function present(guide: PortalGuide, key: SectionKey): boolean {
  if (key === 'process') return guide.process.length > 0;
  if (key === 'intermediary') return guide.intermediaryServices.length > 0;
  if (key === 'faq') return guide.faq.length > 0;
  return true;
}

/** Contents bar: on a phone the guide is long, and most visitors come for the materials. */
function Contents({ guide }: { guide: PortalGuide }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('portal.guide.contents')} className="ow-toc">
      {sectionKeys
        .filter((k) => present(guide, k))
        .map((k) => (
          <a key={k} href={`#g-${k}`} className="ow-chip">
            {t(`portal.guide.section.${k}`)}
          </a>
        ))}
    </nav>
  );
}

/** Everything a visitor needs to come only once, in the order they need it. */
export function GuidePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const guide = useGuide(id);
  useDocumentTitle(guide.data?.name, t('portal.title'));

  if (!guide.data) return <RecordGate query={guide} missingTitle={t('portal.guide.notFound')} rows={12} />;
  const g = guide.data;
  return (
    <article data-testid="guide">
      <BackButton label={t('portal.guide.back')} />
      <GuideHeader guide={g} />
      <Contents guide={g} />
      <Conditions guide={g} />
      <Materials guide={g} />
      <OnlineForm guide={g} />
      <Process guide={g} />
      <Limits guide={g} />
      <Fees guide={g} />
      <WhereAndWhen guide={g} />
      <Contact guide={g} />
      <Channels guide={g} />
      <BasicInfo guide={g} />
      <Intermediaries guide={g} />
      <Faq guide={g} />
    </article>
  );
}
