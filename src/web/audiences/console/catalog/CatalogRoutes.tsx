import { Route, Routes } from 'react-router';
import { BundleEditPage } from './bundles/BundleEditPage.tsx';
import { BundleListPage } from './bundles/BundleListPage.tsx';
import { ComparePage } from './compare/ComparePage.tsx';
import { EditDraftPage } from './edit/EditDraftPage.tsx';
import { ItemPage } from './item/ItemPage.tsx';
import { CatalogListPage } from './list/CatalogListPage.tsx';

/** /console/catalog/*: the list, one item, its draft's form, two versions compared, and the 一件事 bundles. */
export function CatalogRoutes() {
  return (
    <Routes>
      <Route index element={<CatalogListPage />} />
      <Route path="bundles" element={<BundleListPage />} />
      <Route path="bundles/:bundleId" element={<BundleEditPage />} />
      <Route path=":itemId" element={<ItemPage />} />
      <Route path=":itemId/edit" element={<EditDraftPage />} />
      <Route path=":itemId/compare" element={<ComparePage />} />
    </Routes>
  );
}
