import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './app/query-client.ts';
import { App } from './app/App.tsx';
import './i18n/index.ts';
// Noto Sans SC, regular weight only (bold is synthesised): the last Chinese font of the stack in global.css.
import '@fontsource/noto-sans-sc/400.css';
import './app/global.css';

const queryClient = createQueryClient();

// antd's texts and the date pickers' month and weekday names follow the UI language.
function Root() {
  const { i18n } = useTranslation();
  const en = i18n.language?.startsWith('en');
  dayjs.locale(en ? 'en' : 'zh-cn');
  return (
    <ConfigProvider
      locale={en ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 6, fontFamily: 'var(--ow-font-family)' } }}
    >
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Root />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
