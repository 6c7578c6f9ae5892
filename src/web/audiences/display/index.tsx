import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { CenterPicker, useCenterParam } from '../../features/hall/index.ts';
import { DisplayScreen } from './DisplayScreen.tsx';
import { WindowEntry } from './WindowEntry.tsx';
import './display.css';
import './messages.ts';

/** /display?center=<id>: the calling screen of that hall; without one, the hall picker for whoever sets the screen up. */
function DisplayEntry() {
  const { t } = useTranslation();
  const [centerId, choose] = useCenterParam();
  if (centerId) return <DisplayScreen key={centerId} centerId={centerId} />;
  return (
    <CenterPicker
      dark
      title={t('display.title')}
      subtitle={t('display.pickCenter')}
      hint={t('display.pickCenterHint')}
      empty={t('display.noCenters')}
      failed={t('display.loadFailed')}
      onPick={choose}
    />
  );
}

export function DisplayRoutes() {
  return (
    <Routes>
      <Route path="window" element={<WindowEntry />} />
      <Route path="*" element={<DisplayEntry />} />
    </Routes>
  );
}
