// 预警阈值 (console › 预警阈值, issue #17, decision 0033).
const zh = {
  title: '办件预警阈值',
  intro: '剩余工作日不超过阈值时，办件和审批环节显示黄牌预警；当天到期为红牌，过期为逾期。未单独设置的中心沿用上级中心的阈值，均未设置时为 1 个工作日。',
  center: '中心',
  effective: '当前阈值',
  workdays: '{{n}} 个工作日',
  source: '来源',
  sources: { own: '本中心设置', inherited: '沿用上级', default: '系统默认' },
  updated: '最近修改',
  own: '本中心阈值',
  save: '保存',
  clear: '沿用上级',
  saved: '「{{name}}」的预警阈值已保存',
};

const en: typeof zh = {
  title: 'Warning thresholds',
  intro: 'A case or step turns yellow when no more than this many working days are left; red on the due day, overdue after it. A center without its own value follows the center above; without any, one working day.',
  center: 'Center',
  effective: 'In force',
  workdays: '{{n}} working day(s)',
  source: 'Source',
  sources: { own: 'Set here', inherited: 'From the center above', default: 'Default' },
  updated: 'Last changed',
  own: 'This center’s value',
  save: 'Save',
  clear: 'Follow the center above',
  saved: 'Threshold of {{name}} saved',
};

export default { zh, en };
