import { CalendarOutlined, FileTextOutlined, FormOutlined } from '@ant-design/icons';
import { Skeleton } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { audiences, type Audience } from '../../../../domain/catalog/code-tables.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useDepartments, useThemes, type DepartmentCount } from '../shared/api.ts';
import { useFormat } from '../shared/format.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { audienceIcons, themeIcons } from '../shared/themeIcons.tsx';
import { BundleSection } from '../bundle/BundleSection.tsx';
import { HomeSearch } from './HomeSearch.tsx';
import '../online/messages.ts';

/** Departments without a department record are matched by the implementing body's name. */
export function departmentLink(d: DepartmentCount): string {
  return d.departmentId ? `/portal/search?departmentId=${d.departmentId}` : `/portal/search?body=${encodeURIComponent(d.name)}`;
}

/** A large entry panel of the home page (the hall, 我的办件): icon, title and a line of hint. */
export function EntryLink({ to, icon, title, hint, testId, style }: { to: string; icon: ReactNode; title: string; hint: string; testId: string; style?: CSSProperties }) {
  return (
    <Link to={to} className="ow-panel ow-hall-entry" data-testid={testId} style={style}>
      {icon}
      <span>
        <strong>{title}</strong>
        <span className="ow-small ow-muted">{hint}</span>
      </span>
    </Link>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const themes = useThemes();
  const departments = useDepartments();
  useDocumentTitle(undefined, t('portal.title'));

  return (
    <>
      <section className="ow-hero" aria-labelledby="portal-heading">
        <h2 id="portal-heading" className="ow-hero-title">
          {t('portal.home.heading')}
        </h2>
        <p className="ow-intro">{t('portal.home.intro')}</p>
        <HomeSearch />
      </section>

      <EntryLink to="/portal/hall" icon={<CalendarOutlined aria-hidden />} title={t('portal.home.hall')} hint={t('portal.home.hallHint')} testId="home-hall" />
      <EntryLink to="/portal/cases" icon={<FileTextOutlined aria-hidden />} title={t('portal.cases.entry')} hint={t('portal.cases.entryHint')} testId="home-my-cases" />

      <BundleSection />

      {/* issue #19: 网上申报 — the citizen's drafts, pre-review progress and correction requests */}
      <EntryLink to="/portal/applications" icon={<FormOutlined aria-hidden />} title={t('portal.online.entry.title')} hint={t('portal.online.entry.hint')} testId="home-applications" />

      <section className="ow-panel" aria-labelledby="portal-audiences">
        <h2 id="portal-audiences">{t('portal.home.byAudience')}</h2>
        <div className="ow-audiences">
          {(Object.keys(audiences) as Audience[]).map((a) => (
            <Link key={a} to={`/portal/search?audience=${a}`} className="ow-audience" data-testid={`audience-${a}`}>
              {audienceIcons[a]}
              <strong>{audiences[a][lang]}</strong>
              <span className="ow-small ow-muted">{t(`portal.home.audienceHint.${a}`)}</span>
            </Link>
          ))}
        </div>
      </section>

      <section className="ow-panel" aria-labelledby="portal-themes">
        <h2 id="portal-themes">{t('portal.home.byTheme')}</h2>
        <ErrorAlert error={themes.error} />
        {themes.isPending ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : (
          <ul className="ow-themes ow-plain">
            {(themes.data?.items ?? []).map((th) => (
              <li key={th.code}>
                <Link to={`/portal/search?theme=${th.code}`} className="ow-theme" data-testid={`theme-${th.code}`}>
                  <span className="ow-theme-icon" aria-hidden>
                    {themeIcons[th.code]}
                  </span>
                  <span className="ow-theme-name">{th[lang]}</span>
                  <span className="ow-theme-count">{t('portal.home.count', { count: th.count })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="ow-panel" aria-labelledby="portal-departments">
        <h2 id="portal-departments">{t('portal.home.byDepartment')}</h2>
        <ErrorAlert error={departments.error} />
        {departments.isPending ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : (
          <ul className="ow-departments ow-plain">
            {(departments.data?.items ?? []).map((d) => (
              <li key={d.departmentId ?? d.name}>
                <Link to={departmentLink(d)} className="ow-department">
                  <span>{d.name}</span>
                  <span className="ow-muted ow-small">{t('portal.home.count', { count: d.count })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p style={{ marginTop: 12 }}>
          <Link to="/portal/search">{t('portal.home.all')} →</Link>
        </p>
      </section>
    </>
  );
}
