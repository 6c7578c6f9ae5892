import { registerMessages } from '../../i18n/index.ts';

export default registerMessages('rate', {
  zh: {
    title: '服务评价器',
    purpose: '在窗口办完事的群众在这里对本次服务作出“好差评”评价。',
    now: '目前还不能评价：本窗口没有可评价的办件。',
    next: '大厅叫号已在运行，但评价器尚未接入：评价要随“办件”功能（正在建设）一起接入，届时办结后此屏显示本次服务并请您评价。',
  },
  en: {
    title: 'Rating tablet',
    purpose: 'A visitor who was just served at this counter rates the service here.',
    now: 'Rating is not available yet: this counter has no service to rate.',
    next: 'The hall queue is running, but this tablet is not connected yet: ratings come with cases (being built); then, after a service, this screen will show it and ask for your rating.',
  },
});
