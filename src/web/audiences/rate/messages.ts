import { registerMessages } from '../../i18n/index.ts';

export default registerMessages('rate', {
  zh: {
    title: '服务评价器',
    purpose: '在窗口办完事的群众在这里对本次服务作出“好差评”评价。',
    now: '目前还不能评价：本窗口没有可评价的办件。',
    next: '评价随“大厅”与“办件”功能上线：办结后此屏将显示本次办件并请您评价。',
  },
  en: {
    title: 'Rating tablet',
    purpose: 'A visitor who was just served at this counter rates the service here.',
    now: 'Rating is not available yet: this counter has no service to rate.',
    next: 'Ratings arrive with the hall and cases: after a service, this screen will show it and ask for your rating.',
  },
});
