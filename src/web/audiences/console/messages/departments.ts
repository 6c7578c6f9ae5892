const zh = {
  title: '进驻部门',
  create: '新建部门',
  edit: '编辑部门：{{name}}',
  name: '部门名称',
  shortName: '简称',
  uscc: '统一社会信用代码',
  usccHint: '18 位，按 GB 32100 校验',
  uscc_format: '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）',
  uscc_checksum: '统一社会信用代码校验位不符，请核对',
  searchPlaceholder: '搜索部门名称或信用代码',
  deactivateHint: '停用后不能再为窗口或人员选择该部门。记录不会删除，可随时重新启用。',
};

const en: typeof zh = {
  title: 'Departments',
  create: 'New department',
  edit: 'Edit department: {{name}}',
  name: 'Name',
  shortName: 'Short name',
  uscc: 'Unified social credit code',
  usccHint: '18 characters, checked per GB 32100',
  uscc_format: 'The code has 18 digits or capital letters (no I, O, S, V, Z)',
  uscc_checksum: 'The check character does not match; please check the code',
  searchPlaceholder: 'Search by name or credit code',
  deactivateHint:
    'A deactivated department can no longer be chosen for windows or staff. Nothing is deleted; you can activate it again at any time.',
};

export default { zh, en };
