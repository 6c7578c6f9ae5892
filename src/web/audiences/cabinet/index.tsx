import { Route, Routes } from 'react-router';
import { CabinetPage } from './CabinetPage.tsx';
import './messages.ts';

// The simulated self-service cabinet (智能柜) for the demo and the tests: /cabinet/<id>. A real
// cabinet calls the same adapter contract (POST /api/v1/cabinets/<id>/pickups).
export function CabinetRoutes() {
  return (
    <Routes>
      <Route path=":cabinetId" element={<CabinetPage />} />
      <Route path="*" element={<CabinetPage />} />
    </Routes>
  );
}
