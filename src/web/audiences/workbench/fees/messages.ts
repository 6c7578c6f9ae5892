// 收费 (workbench › 收费): the cashier's screen (issue #18).
const zh = {
  menu: '收费',
  title: '收费（收缴分离）',
  reconciliation: '下载日对账单',
  search: '办件编号、缴款人、缴款码或通知书编号',
  views: { due: '待收费', refund_pending: '退费待审批', today: '今日开具', all: '全部' },
};

const en: typeof zh = {
  menu: 'Fees',
  title: 'Fees (collection kept apart from intake)',
  reconciliation: 'Download the day’s reconciliation',
  search: 'Case no., payer, payment reference or notice no.',
  views: { due: 'To collect', refund_pending: 'Refunds to approve', today: 'Issued today', all: 'All' },
};

export default { zh, en };
