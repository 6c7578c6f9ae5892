import { Route, Routes } from 'react-router';
import { ComparePage } from './compare/ComparePage.tsx';
import { EditDraftPage } from './edit/EditDraftPage.tsx';
import { ItemPage } from './item/ItemPage.tsx';
import { CatalogListPage } from './list/CatalogListPage.tsx';

/** /console/catalog/*: the list, one item, its draft's form, and two versions compared. */
export function CatalogRoutes() {
  return (
    <Routes>
      <Route index element={<CatalogListPage />} />
      <Route path=":itemId" element={<ItemPage />} />
      <Route path=":itemId/edit" element={<EditDraftPage />} />
      <Route path=":itemId/compare" element={<ComparePage />} />
    </Routes>
  );
}
