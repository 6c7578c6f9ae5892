import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { GuidePage } from './guide/GuidePage.tsx';
import { HomePage } from './home/HomePage.tsx';
import { PortalLayout } from './PortalLayout.tsx';
import { SearchPage } from './search/SearchPage.tsx';

function PortalNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('portal.notFound')}
      extra={
        <Link to="/portal">
          <Button type="primary">{t('portal.backHome')}</Button>
        </Link>
      }
    />
  );
}

/** The online hall (网上办事大厅): /portal, /portal/search, /portal/items/:id. */
export function PortalRoutes() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<HomePage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="items/:id" element={<GuidePage />} />
        <Route path="*" element={<PortalNotFound />} />
      </Route>
    </Routes>
  );
}
