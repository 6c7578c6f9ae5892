// /portal/track: the public tracking page (办件查询).
const zh = {
  title: '办件进度查询',
  intro: '输入告知书上的办件编号和申请时留的手机号码。扫描告知书上的二维码会自动带出编号。',
  number: '办件编号',
  phone: '手机号码',
  submit: '查询',
  required: '请填写此项',
  failed: '查询失败，请稍后再试',
  notFound: '没有找到：请核对办件编号和手机号码。',
  stage: '当前环节：',
  due: '承诺办结日期：',
  noDue: '受理后计算',
  notices: '已出具的文书',
  noNotices: '暂无',
};

const en: typeof zh = {
  title: 'Track your case',
  intro: 'Enter the case number on your notice and the mobile number you gave. The QR code on the notice fills in the number.',
  number: 'Case number',
  phone: 'Mobile number',
  submit: 'Track',
  required: 'Required',
  failed: 'Tracking failed, please try again later',
  notFound: 'Nothing found: check the case number and mobile number.',
  stage: 'Stage: ',
  due: 'Promised completion: ',
  noDue: 'set on acceptance',
  notices: 'Notices issued',
  noNotices: 'None yet',
};

export default { zh, en };
