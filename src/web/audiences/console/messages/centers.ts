const zh = {
  title: '中心管理',
  create: '新建中心',
  edit: '编辑中心：{{name}}',
  addChild: '新建下级',
  name: '中心名称',
  code: '中心编码',
  codeHint: '系统内唯一，创建后不可修改，如 XY-TQ-DONG',
  codeRule: '编码为 2 至 50 位字母、数字、下划线或连字符',
  level: '层级',
  levelHint: '县级中心下可设乡镇中心和分厅，乡镇中心下可设村（社区）站和分厅',
  parent: '上级中心',
  region: '行政区划',
  regionHint: '县级 6 位、乡镇 9 位、村（社区）12 位代码；找不到时请先在「行政区划」中新增',
  address: '地址',
  openingHours: '办公时间',
  openingHoursPlaceholder: '如：周一至周五 9:00-12:00, 13:30-17:30',
  searchPlaceholder: '搜索中心名称或编码',
  deactivateHint: '停用后该中心不再受理业务，也不能在其下新建部门、窗口和人员；须先停用其全部下级中心。记录不会删除，可随时重新启用。',
};

const en: typeof zh = {
  title: 'Centers',
  create: 'New center',
  edit: 'Edit center: {{name}}',
  addChild: 'Add sub-center',
  name: 'Name',
  code: 'Code',
  codeHint: 'Unique, cannot be changed later, e.g. XY-TQ-DONG',
  codeRule: '2 to 50 letters, digits, underscores or hyphens',
  level: 'Level',
  levelHint: 'A county center has township centers and branch halls; a township center has village stations and branch halls',
  parent: 'Parent center',
  region: 'Region',
  regionHint: 'County 6 digits, township 9, village 12; add a missing one under "Regions" first',
  address: 'Address',
  openingHours: 'Opening hours',
  openingHoursPlaceholder: 'e.g. Mon–Fri 9:00-12:00, 13:30-17:30',
  searchPlaceholder: 'Search by name or code',
  deactivateHint:
    'A deactivated center takes no applications and gets no new departments, windows or staff; its sub-centers must be deactivated first. Nothing is deleted; you can activate it again at any time.',
};

export default { zh, en };
