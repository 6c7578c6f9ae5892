// 联办件 on the step screens (decision 0034): a joint department's sub-task and its opinion,
// and the lead's view of every joint department's opinion before its one combined decision.
import { registerMessages } from '../../../i18n/index.ts';

const zh = {
  tag: '联办',
  opinionsTitle: '联办部门意见',
  verdict: { agree: '同意', disagree: '不同意' },
  notYet: '未提交',
  pending: '尚有 {{count}} 个联办部门未提交意见，全部提交后方可作出决定',
  allIn: '联办部门意见已全部提交，可作出决定',
  verdictLabel: '联办意见',
  submit: '提交联办意见',
  submitted: '联办意见已提交',
  chooseVerdict: '请选择同意或不同意',
  writeOpinion: '请填写联办意见',
  dueOn: '期限 {{date}}',
  submittedAt: '提交于 {{at}}',
};

const en: typeof zh = {
  tag: 'Joint',
  opinionsTitle: 'Joint departments’ opinions',
  verdict: { agree: 'Agree', disagree: 'Disagree' },
  notYet: 'Not given yet',
  pending: '{{count}} joint department(s) have not given their opinion; decide once all are in',
  allIn: 'Every joint department has given its opinion; you may decide',
  verdictLabel: 'Joint opinion',
  submit: 'Submit joint opinion',
  submitted: 'Joint opinion submitted',
  chooseVerdict: 'Choose agree or disagree',
  writeOpinion: 'Write the joint opinion',
  dueOn: 'Due {{date}}',
  submittedAt: 'Submitted {{at}}',
};

export default registerMessages('jointTask', { zh, en });
