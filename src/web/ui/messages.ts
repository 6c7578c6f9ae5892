import { registerMessages } from '../i18n/index.ts';

// The words of the shared ui pieces (forbidden, not found, network error), under `common`.
// Every ui component that speaks imports this module, so its words load with it.
const zh = {
  forbidden: '您的角色无权使用此页面。',
  notFound: '页面不存在。',
  backHome: '返回首页',
  networkError: '无法连接服务器，请检查网络后重试',
  serviceUnavailable: '服务暂不可用，请稍候',
};

const en: typeof zh = {
  forbidden: 'Your roles do not give access to this page.',
  notFound: 'This page does not exist.',
  backHome: 'Back to start',
  networkError: 'Cannot reach the server; check the network and retry',
  serviceUnavailable: 'The service is briefly unavailable; please wait a moment',
};

export default registerMessages('common', { zh, en });
