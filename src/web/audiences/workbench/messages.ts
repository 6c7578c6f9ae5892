import { registerMessages } from '../../i18n/index.ts';
import queue from './queue/messages.ts';
import intake from './intake/messages.ts';
import cases from './cases/messages.ts';
import consult from './consult/messages.ts';
import { verificationMenu } from './verifications/messages.ts';
import inbox from './inbox/messages.ts';
import fees from './fees/messages.ts';
import './online/messages.ts'; // issue #19: 网上预审 (its menu label is read by the shell)

const zh = {
  menu: { home: '我的工作台', queue: queue.zh.menu, intake: intake.zh.menu, cases: cases.zh.menu, consult: consult.zh.menu, verifications: verificationMenu.zh, inbox: inbox.zh.menu, notYet: '待办', delivery: '出件窗口', fees: fees.zh.menu },
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
  nowCalling: '现已可用：窗口叫号（叫号、重呼、转移、挂起、办结）、综合受理（五种窗口结果及其告知书）、办件查询和咨询登记。后台审批、收费、出件和代办正在建设，尚不可用。',
  nowOther: '工作台现有窗口叫号、综合受理、办件查询、咨询登记和后台审批的待办任务（认领、审查、提交与退回）及现场踏勘、专家评审、听证和集体研究。收费、出件和代办正在建设，尚不可用。',
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
  now: '窗口叫号、综合受理、办件查询和咨询登记已可使用。后台审批、收费、出件和代办随后续功能上线。',
  queue: queue.zh,
  intake: intake.zh,
  cases: cases.zh,
  inbox: inbox.zh,
  fees: fees.zh,
  consult: consult.zh,
  notYet: {
    title: '待办（尚未上线）',
    summary: '您的审批、收费收件箱还没有上线。这里没有可以办理的任务，请不要以此页面为准。',
    missing: {
      approver: '审批任务收件箱、审查意见、现场勘验、听证和作出决定：随“后台审批”功能上线。',
      department_head: '部门办件总览与审批签发：随“后台审批”功能上线。',
      cashier: '收费收件箱、收费和开具票据：随“收费与出件”功能上线。',
    },
    canRead: '现在可以按编号、申请人查询本中心范围内的办件：',
    openSearch: '打开办件查询',
  },
};

const en: typeof zh = {
  menu: { home: 'My workbench', queue: queue.en.menu, intake: intake.en.menu, cases: cases.en.menu, consult: consult.en.menu, verifications: verificationMenu.en, inbox: inbox.en.menu, notYet: 'Inbox', delivery: 'Pickup window', fees: fees.en.menu },
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
  nowCalling: 'Available now: window calling (call, recall, transfer, park, finish), intake (the five window outcomes with their notices), case search and the consultation desk. Back-office review, fees, delivery and proxy service are being built and not yet available.',
  nowOther: 'The workbench has window calling, intake, case search, the consultation desk and the back-office task inbox (claim, review, pass and return) with site inspections, expert reviews, hearings and collective discussions. Fees, delivery and proxy service are being built and not yet available.',
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
  now: 'Window calling, intake, case search and the consultation desk are available. Back-office review, fees, delivery and proxy service arrive later.',
  queue: queue.en,
  intake: intake.en,
  cases: cases.en,
  inbox: inbox.en,
  fees: fees.en,
  consult: consult.en,
  notYet: {
    title: 'Inbox (not available yet)',
    summary: 'Your review and payment inboxes are not built yet. There are no tasks to work on here; do not rely on this page.',
    missing: {
      approver: 'Task inbox, review opinions, site inspection, hearings and decisions: they arrive with the back office.',
      department_head: 'The department’s case overview and sign-off: they arrive with the back office.',
      cashier: 'Payment inbox, collecting fees and issuing receipts: they arrive with fees and delivery.',
    },
    canRead: 'You can already search the cases of your center scope by number or applicant:',
    openSearch: 'Open case search',
  },
};

export default registerMessages('workbench', { zh, en });
