// 办件: the lists (workbench › 办件查询).
const zh = {
  menu: '办件查询',
  title: '办件',
  today: '今日受理',
  mine: '我的办件',
  search: '查询',
  searchHint: '办件编号、申请人姓名、身份证号或统一社会信用代码',
  searchButton: '查询',
  scanHint: '扫描告知书上的条码，或输入办件编号后按回车',
  scanNotFound: '未找到办件 {{number}}',
  number: '办件编号',
  item: '事项',
  applicant: '申请人',
  state: '状态',
  receivedAt: '接件时间',
  promisedDue: '承诺办结日',
  back: '返回办件列表',
};

const en: typeof zh = {
  menu: 'Cases',
  title: 'Cases',
  today: 'Today at my window',
  mine: 'My cases',
  search: 'Search',
  searchHint: 'Case number, applicant name, ID number or credit code',
  searchButton: 'Search',
  scanHint: 'Scan the barcode on a notice, or type a case number and press Enter',
  scanNotFound: 'No case {{number}}',
  number: 'Case number',
  item: 'Item',
  applicant: 'Applicant',
  state: 'State',
  receivedAt: 'Received',
  promisedDue: 'Promised due',
  back: 'Back to cases',
};

export default { zh, en };
