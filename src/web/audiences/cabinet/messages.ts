import { registerMessages } from '../../i18n/index.ts';

const zh = {
  title: '自助智能柜取件',
  cabinet: '柜机编号 {{id}}',
  enterCode: '请输入短信中的 8 位取件码',
  open: '开柜取件',
  doorOpen: '{{door}} 号柜门已打开',
  takeIt: '请取走办件 {{number}}（{{item}}）的办理结果，并关好柜门',
  next: '完成',
  failed: '取件失败，请稍后重试或到出件窗口领取',
};

const en: typeof zh = {
  title: 'Self-service pickup',
  cabinet: 'Cabinet {{id}}',
  enterCode: 'Enter the 8-digit pickup code from the SMS',
  open: 'Open',
  doorOpen: 'Door {{door}} is open',
  takeIt: 'Take the result of case {{number}} ({{item}}) and close the door',
  next: 'Done',
  failed: 'The pickup failed; retry or collect it at the window',
};

export default registerMessages('cabinet', { zh, en });
