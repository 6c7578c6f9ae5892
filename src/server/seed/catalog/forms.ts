// Online form definitions (在线表单, JSON Schema) of a few demo items, by seed key: what the
// portal's 在线填报 and the console's preview draw.
const idNumber = { type: 'string', title: '公民身份号码', pattern: '^[1-9][0-9]{16}[0-9Xx]$', description: '18 位，末位可为 X' };
const phone = { type: 'string', title: '联系电话', pattern: '^1[3-9][0-9]{9}$|^0[0-9]{2,3}-?[0-9]{7,8}$' };

export const demoForms: Record<string, Record<string, unknown>> = {
  dibao: {
    type: 'object',
    title: '最低生活保障申请表',
    description: '以家庭为单位，由一名成年家庭成员填写。',
    required: ['applicant', 'idNumber', 'phone', 'household', 'members', 'monthlyIncome', 'reason'],
    properties: {
      applicant: { type: 'string', title: '申请人姓名', maxLength: 20 },
      idNumber,
      phone,
      household: { type: 'string', title: '户籍类别', enum: ['城镇', '农村'] },
      members: { type: 'integer', title: '共同生活家庭人口', minimum: 1, maximum: 20 },
      monthlyIncome: { type: 'number', title: '家庭月总收入（元）', minimum: 0, maximum: 100000 },
      hardships: { type: 'array', title: '致困原因', items: { type: 'string', enum: ['重病', '重度残疾', '失业', '年老无劳动能力', '其他'] } },
      hasVehicle: { type: 'boolean', title: '家庭是否拥有机动车辆（残疾人功能性补偿代步车除外）' },
      reason: { type: 'string', title: '申请理由', maxLength: 500, description: '简要说明家庭收入、财产和生活困难情况' },
    },
  },
  'sole-trader-setup': {
    type: 'object',
    title: '个体工商户设立登记申请书',
    required: ['tradeName', 'operator', 'idNumber', 'phone', 'address', 'scope', 'capital', 'form'],
    properties: {
      tradeName: { type: 'string', title: '个体工商户名称', maxLength: 50, description: '如：旬邑县某某小吃店；可不使用名称的可填“无”' },
      operator: { type: 'string', title: '经营者姓名', maxLength: 20 },
      idNumber,
      phone,
      address: { type: 'string', title: '经营场所', maxLength: 100 },
      scope: { type: 'string', title: '经营范围', maxLength: 300 },
      capital: { type: 'number', title: '资金数额（万元）', minimum: 0, maximum: 10000 },
      form: { type: 'string', title: '组成形式', enum: ['个人经营', '家庭经营'] },
      employees: { type: 'integer', title: '从业人数', minimum: 1, maximum: 500 },
      startDate: { type: 'string', format: 'date', title: '拟开业日期' },
    },
  },
  // Shares operator, idNumber, phone and address with 'sole-trader-setup': the 开办餐饮店一件事
  // bundle asks for them once (decision 0048).
  'food-licence': {
    type: 'object',
    title: '食品经营许可申请书',
    required: ['operator', 'idNumber', 'phone', 'address', 'categories', 'area'],
    properties: {
      operator: { type: 'string', title: '经营者姓名', maxLength: 20 },
      idNumber,
      phone,
      address: { type: 'string', title: '经营场所', maxLength: 100 },
      categories: { type: 'array', title: '经营项目', items: { type: 'string', enum: ['热食类食品制售', '冷食类食品制售', '生食类食品制售', '半成品制售', '自制饮品制售', '预包装食品销售'] } },
      area: { type: 'number', title: '经营场所面积（平方米）', minimum: 1, maximum: 100000 },
      safetyManager: { type: 'string', title: '食品安全管理人员', maxLength: 20 },
    },
  },
  'birth-register': {
    type: 'object',
    title: '生育登记表',
    required: ['mother', 'motherId', 'father', 'fatherId', 'marriageDate', 'childOrder', 'phone'],
    properties: {
      mother: { type: 'string', title: '女方姓名', maxLength: 20 },
      motherId: { ...idNumber, title: '女方公民身份号码' },
      father: { type: 'string', title: '男方姓名', maxLength: 20 },
      fatherId: { ...idNumber, title: '男方公民身份号码' },
      marriageDate: { type: 'string', format: 'date', title: '结婚登记日期' },
      childOrder: { type: 'string', title: '本次登记为第几孩', enum: ['一孩', '二孩', '三孩'] },
      expectedDate: { type: 'string', format: 'date', title: '预产期' },
      phone,
      needs: { type: 'array', title: '希望获得的服务', items: { type: 'string', enum: ['孕产期保健', '免费孕前检查', '育儿指导', '托育服务信息'] } },
    },
  },
};
