import type { Role } from '../../domain/access/index.ts';
import { usccCheckChar } from '../../domain/identifiers/index.ts';

// A demo county modelled on the seed documents (旬邑县, 咸阳市, 陕西省). Region codes of
// townships and villages follow GB/T 2260's shape; they are illustrative, not official.
export const demoRegions = [
  { code: '610000', name: '陕西省' },
  { code: '610400', name: '咸阳市', parentCode: '610000' },
  { code: '610429', name: '旬邑县', parentCode: '610400' },
  { code: '610429100', name: '土桥镇', parentCode: '610429' },
  { code: '610429101', name: '职田镇', parentCode: '610429' },
  { code: '610429100201', name: '土桥镇东村', parentCode: '610429100' },
  { code: '610429100202', name: '土桥镇西村', parentCode: '610429100' },
  { code: '610429101201', name: '职田镇职田村', parentCode: '610429101' },
];

export const demoCenters = [
  { key: 'county', code: 'XY-COUNTY', name: '旬邑县政务服务中心', level: 'county', regionCode: '610429', parent: null, address: '旬邑县城关街道泰塔路 1 号', phone: '029-34412345' },
  { key: 't1', code: 'XY-TUQIAO', name: '土桥镇便民服务中心', level: 'township', regionCode: '610429100', parent: 'county', address: '土桥镇政府院内', phone: '029-34420001' },
  { key: 't2', code: 'XY-ZHITIAN', name: '职田镇便民服务中心', level: 'township', regionCode: '610429101', parent: 'county', address: '职田镇政府院内', phone: '029-34430001' },
  { key: 'v1', code: 'XY-TQ-DONG', name: '土桥镇东村便民服务站', level: 'village', regionCode: '610429100201', parent: 't1', address: '东村村委会', phone: '029-34420101' },
  { key: 'v2', code: 'XY-TQ-XI', name: '土桥镇西村便民服务站', level: 'village', regionCode: '610429100202', parent: 't1', address: '西村村委会', phone: '029-34420102' },
  { key: 'v3', code: 'XY-ZT-ZT', name: '职田镇职田村便民服务站', level: 'village', regionCode: '610429101201', parent: 't2', address: '职田村村委会', phone: '029-34430101' },
] as const;

function demoUscc(n: number): string {
  const first17 = `11610429MB${String(10000000 + n).slice(1)}`;
  return first17 + usccCheckChar(first17);
}

export const demoDepartments = [
  '县民政局',
  '县人力资源和社会保障局',
  '县卫生健康局',
  '县自然资源局',
  '县农业农村局',
  '县残疾人联合会',
  '县市场监督管理局',
  '县公安局',
].map((name, i) => ({ key: `d${i + 1}`, name, uscc: demoUscc(i + 1), center: 'county' }));

export const demoWindows = [
  { center: 'county', number: '1', name: '综合受理窗口一', kind: 'comprehensive', department: null },
  { center: 'county', number: '2', name: '综合受理窗口二', kind: 'comprehensive', department: null },
  { center: 'county', number: '3', name: '综合受理窗口三', kind: 'comprehensive', department: null },
  { center: 'county', number: '4', name: '综合出件窗口', kind: 'comprehensive', department: null },
  { center: 'county', number: '5', name: '市场主体登记窗口', kind: 'specialised', department: 'd7' },
  { center: 'county', number: '6', name: '户籍办理窗口', kind: 'specialised', department: 'd8' },
  { center: 't1', number: '1', name: '综合窗口一', kind: 'comprehensive', department: null },
  { center: 't1', number: '2', name: '综合窗口二', kind: 'comprehensive', department: null },
  { center: 't2', number: '1', name: '综合窗口', kind: 'comprehensive', department: null },
  { center: 'v1', number: '1', name: '代办窗口', kind: 'comprehensive', department: null },
] as const;

export const DEMO_PASSWORD = 'Demo@2026pass';

export const demoStaff: { username: string; name: string; roles: Role[]; center: string; department?: string; mobile?: string }[] = [
  { username: 'clerk', name: '王晓燕', roles: ['window_clerk'], center: 'county', mobile: '13800000001' },
  { username: 'clerk-b', name: '李明', roles: ['window_clerk'], center: 'county', mobile: '13800000002' },
  { username: 'approver', name: '赵建国', roles: ['approver'], center: 'county', department: 'd1', mobile: '13800000003' },
  { username: 'depthead', name: '孙丽', roles: ['department_head'], center: 'county', department: 'd1' },
  { username: 'manager', name: '周志强', roles: ['center_manager'], center: 'county' },
  { username: 'duty', name: '吴海燕', roles: ['duty_head'], center: 'county' },
  { username: 'cashier', name: '郑红', roles: ['cashier'], center: 'county' },
  { username: 'supervisor', name: '冯涛', roles: ['supervisor'], center: 'county' },
  { username: 'sysadmin', name: '陈静', roles: ['system_admin'], center: 'county' },
  { username: 'secadmin', name: '褚磊', roles: ['security_admin'], center: 'county' },
  { username: 'auditor', name: '卫芳', roles: ['audit_admin'], center: 'county' },
  { username: 'tq-manager', name: '蒋伟', roles: ['center_manager'], center: 't1' },
  { username: 'tq-clerk', name: '沈娟', roles: ['window_clerk'], center: 't1', mobile: '13800000012' },
  { username: 'zt-clerk', name: '韩冰', roles: ['window_clerk'], center: 't2' },
  { username: 'agent', name: '杨春花', roles: ['proxy_agent'], center: 'v1', mobile: '13800000015' },
  // 联办件 (decision 0034): approvers of the joint departments of 残疾人两项补贴 (残联, 卫健局)
  { username: 'approver-dpf', name: '钱志华', roles: ['approver'], center: 'county', department: 'd6', mobile: '13800000016' },
  { username: 'approver-health', name: '孔雪梅', roles: ['approver'], center: 'county', department: 'd3', mobile: '13800000017' },
  // issue #18, fees: a clerk who also collects fees (a small center's arrangement); 收缴分离 still keeps her off the cases she accepted.
  { username: 'clerk-cashier', name: '刘芳', roles: ['window_clerk', 'cashier'], center: 'county' },
  // issue #17, special steps: an approver of a second department, who co-signs joint inspections (联合踏勘).
  { username: 'approver-zr', name: '钱卫东', roles: ['approver'], center: 'county', department: 'd4' },
  // issue #18, the archive
  { username: 'archivist', name: '秦雪', roles: ['archivist'], center: 'county' },
];

export const demoPosts = [
  { center: 'county', window: '1', post: 'A', username: 'clerk' },
  { center: 'county', window: '1', post: 'B', username: 'clerk-b' },
  { center: 't1', window: '1', post: 'A', username: 'tq-clerk' },
] as const;
