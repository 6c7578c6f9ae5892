import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useGuide, type PortalGuide } from '../shared/api.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
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
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const guide = useGuide(id);
  useDocumentTitle(guide.data?.name, t('portal.title'));

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0, marginBottom: 4 }} onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/portal'))}>
      {t('portal.guide.back')}
    </Button>
  );
  if (guide.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (guide.error) {
    const missing = guide.error instanceof ApiError && (guide.error.status === 404 || guide.error.status === 400);
    if (!missing) return <ErrorAlert error={guide.error} />;
    return (
      <Result
        status="404"
        title={t('portal.guide.notFound')}
        extra={
          <Link to="/portal">
            <Button type="primary">{t('portal.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  const g = guide.data;
  return (
    <article data-testid="guide">
      {back}
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
