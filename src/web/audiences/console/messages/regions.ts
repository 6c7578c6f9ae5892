const zh = {
  title: '行政区划',
  create: '新增区划',
  code: '区划代码',
  codeHint: 'GB/T 2260：县级及以上 6 位，乡镇 9 位，村（社区）12 位',
  codeRule: '区划代码不正确（GB/T 2260：6、9 或 12 位）',
  levelIs: '层级：{{level}}',
  name: '名称',
  level: '层级',
  levels: { province: '省级', city: '市级', county: '县级', township: '乡镇', village: '村（社区）' },
  parentCode: '上级代码',
  parentHint: '按代码自动推算；上级须已存在',
  searchPlaceholder: '搜索名称或代码前缀',
  notFound: '未找到匹配的区划',
};

const en: typeof zh = {
  title: 'Regions',
  create: 'New region',
  code: 'Code',
  codeHint: 'GB/T 2260: 6 digits for county and above, 9 for a township, 12 for a village',
  codeRule: 'Not a valid region code (GB/T 2260: 6, 9 or 12 digits)',
  levelIs: 'Level: {{level}}',
  name: 'Name',
  level: 'Level',
  levels: { province: 'Province', city: 'City', county: 'County', township: 'Township', village: 'Village' },
  parentCode: 'Parent code',
  parentHint: 'Derived from the code; the parent must exist',
  searchPlaceholder: 'Search by name or code prefix',
  notFound: 'No matching region',
};

export default { zh, en };
