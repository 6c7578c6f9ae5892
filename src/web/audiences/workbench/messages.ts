import { registerMessages } from '../../i18n/index.ts';
import queue from './queue/messages.ts';

const zh = {
  menu: { home: '我的工作台', queue: queue.zh.menu },
  title: '工作台',
  purpose: '窗口人员、后台审批人员和代办员在这里处理办件。',
  you: '{{name}}，{{center}}',
  roleWork: {
    window_clerk: '综合窗口：叫号、受理、出具告知书、收费、出件',
    approver: '后台审批：任务收件箱、审查、现场勘验、听证、作出决定',
    department_head: '部门负责人：审批任务与本部门办件',
    duty_head: '值班长：大厅秩序与窗口调度',
    proxy_agent: '代办员：代办登记、代群众提交、回递办理结果',
    cashier: '收费员：收取费用并开具票据',
  },
  now: '叫号已可在“窗口叫号”中使用。受理、审批、收费、出件和代办随“办件”功能上线，事项信息随“事项目录”功能上线。',
  queue: queue.zh,
};

const en: typeof zh = {
  menu: { home: 'My workbench', queue: queue.en.menu },
  title: 'Workbench',
  purpose: 'Window clerks, back-office approvers and proxy agents work on cases here.',
  you: '{{name}}, {{center}}',
  roleWork: {
    window_clerk: 'Window: call, intake, notices, fees, delivery',
    approver: 'Back office: task inbox, review, site inspection, hearing, decision',
    department_head: 'Department head: approval tasks and the department’s cases',
    duty_head: 'Duty head: hall order and window dispatch',
    proxy_agent: 'Proxy agent: register, submit on the villager’s behalf, hand back results',
    cashier: 'Cashier: collect fees and issue receipts',
  },
  now: 'Calling is available under "Window calling". Intake, review, fees, delivery and proxy service arrive with cases; item details with the catalog.',
  queue: queue.en,
};

export default registerMessages('workbench', { zh, en });
