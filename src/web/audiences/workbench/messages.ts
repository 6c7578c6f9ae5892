import { registerMessages } from '../../i18n/index.ts';
import queue from './queue/messages.ts';

const zh = {
  menu: { home: '我的工作台', queue: queue.zh.menu },
  title: '工作台',
  you: '{{name}}，{{center}}',
  rolesTitle: '您的角色在工作台的工作',
  roleWork: {
    window_clerk: '综合窗口：叫号、受理、出具告知书、收费、出件',
    approver: '后台审批：任务收件箱、审查、现场勘验、听证、作出决定',
    department_head: '部门负责人：审批任务与本部门办件',
    duty_head: '值班长：大厅秩序与窗口调度',
    proxy_agent: '代办员：代办登记、代群众提交、回递办理结果',
    cashier: '收费员：收取费用并开具票据',
  },
  nowCalling: '现已可用：窗口叫号（叫号、重呼、转移、挂起、办结）。受理、审批、收费、出件和代办属于“办件”功能，正在建设，尚不可用；办事指南可在网上办事大厅查看。',
  nowOther: '工作台目前只有窗口叫号，您的角色不使用它。任务收件箱、审查、收费和代办属于“办件”功能，正在建设，尚不可用；办事指南可在网上办事大厅查看。',
  overview: {
    window: '{{number}} 号窗口 · {{name}}',
    noWindow: '您还没有安排在任何窗口的岗位，请联系中心管理员在“窗口”中安排。',
    doneToday: '今日已办结',
    waiting: '正在等候',
    current: '当前票号',
    none: '无',
    state: '窗口状态',
    states: { open: '服务中', paused: '暂停服务', closed: '未开窗' },
    openQueue: '打开窗口叫号',
  },
  queue: queue.zh,
};

const en: typeof zh = {
  menu: { home: 'My workbench', queue: queue.en.menu },
  title: 'Workbench',
  you: '{{name}}, {{center}}',
  rolesTitle: 'What your roles do here',
  roleWork: {
    window_clerk: 'Window: call, intake, notices, fees, delivery',
    approver: 'Back office: task inbox, review, site inspection, hearing, decision',
    department_head: 'Department head: approval tasks and the department’s cases',
    duty_head: 'Duty head: hall order and window dispatch',
    proxy_agent: 'Proxy agent: register, submit on the villager’s behalf, hand back results',
    cashier: 'Cashier: collect fees and issue receipts',
  },
  nowCalling: 'Available now: window calling (call, recall, transfer, park, finish). Intake, review, fees, delivery and proxy service belong to cases, which are being built and not yet available; guides can be read in the online hall.',
  nowOther: 'The workbench has only window calling so far, which your roles do not use. The task inbox, review, fees and proxy service belong to cases, which are being built and not yet available; guides can be read in the online hall.',
  overview: {
    window: 'Window {{number}} · {{name}}',
    noWindow: 'You hold no post at a window yet: ask the center manager to assign one under "Windows".',
    doneToday: 'Finished today',
    waiting: 'Waiting',
    current: 'Current ticket',
    none: 'None',
    state: 'Window state',
    states: { open: 'Serving', paused: 'Paused', closed: 'Not opened' },
    openQueue: 'Open window calling',
  },
  queue: queue.en,
};

export default registerMessages('workbench', { zh, en });
