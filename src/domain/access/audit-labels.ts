// What the audit log (审计日志) shows instead of raw codes: each action and object type in
// Chinese and English. A code missing here is shown as it is, so a new action is never hidden.
import { caseActionLabels, caseActions } from '../case/states.ts';
import { deliveryActionLabels, deliveryActions } from '../case/delivery.ts';
import { ticketActions, type TicketAction } from '../queue/states.ts';
import { feeActionLabels, feeActions } from '../fee/states.ts';
import { onlineActionLabels, onlineActions } from '../online/states.ts';

type Label = { zh: string; en: string };

export const auditActionLabels: Record<string, Label> = {
  'auth.sign-in': { zh: '登录', en: 'Sign-in' },
  // Citizens of the online hall (issue #19)
  'citizen.code-sent': { zh: '发送登录验证码', en: 'Sign-in code sent' },
  'citizen.sign-in': { zh: '公众验证码登录', en: 'Citizen sign-in' },
  'citizen.locked': { zh: '验证码错误过多，手机号锁定', en: 'Number locked after wrong codes' },
  'citizen.real-name': { zh: '实名认证', en: 'Real-name binding' },
  'auth.sign-out': { zh: '退出登录', en: 'Sign-out' },
  'auth.password-change': { zh: '修改密码', en: 'Password changed' },
  'auth.two-factor-enable': { zh: '启用双因素认证', en: 'Two-factor sign-in enabled' },
  'audit.verify': { zh: '校验审计链', en: 'Audit chain verified' },
  'seed.demo': { zh: '导入演示数据', en: 'Demo data seeded' },
  'seed.catalog': { zh: '导入演示事项', en: 'Demo catalog seeded' },
  'region.create': { zh: '新增行政区划', en: 'Region created' },
  'center.create': { zh: '新增中心', en: 'Center created' },
  'center.update': { zh: '修改中心', en: 'Center updated' },
  'department.create': { zh: '新增部门', en: 'Department created' },
  'department.update': { zh: '修改部门', en: 'Department updated' },
  'window.create': { zh: '新增窗口', en: 'Window created' },
  'window.update': { zh: '修改窗口', en: 'Window updated' },
  'window.activate': { zh: '启用窗口', en: 'Window activated' },
  'window.deactivate': { zh: '停用窗口', en: 'Window deactivated' },
  'window.post.assign': { zh: '安排窗口岗位', en: 'Window post assigned' },
  'window.post.release': { zh: '撤销窗口岗位', en: 'Window post released' },
  'window.serving-post': { zh: '切换在岗人员', en: 'Serving post switched' },
  'staff.create': { zh: '新增工作人员', en: 'Staff member created' },
  'staff.create-admin': { zh: '创建系统管理员', en: 'Administrator created' },
  'staff.update': { zh: '修改工作人员', en: 'Staff member updated' },
  'staff.roles': { zh: '调整角色', en: 'Roles changed' },
  'staff.unlock': { zh: '解除锁定', en: 'Account unlocked' },
  'staff.password-reset': { zh: '重置密码', en: 'Password reset' },
  'staff.two-factor-reset': { zh: '重置双因素认证', en: 'Two-factor sign-in reset' },
  'staff.read-personal': { zh: '查看个人信息', en: 'Personal data read' },
  'calendar.import': { zh: '导入节假日', en: 'Holidays imported' },
  'calendar.day.set': { zh: '设置工作日/休息日', en: 'Day set' },
  'calendar.day.delete': { zh: '删除日历调整', en: 'Day setting removed' },
  'catalog.import': { zh: 'Excel 导入事项', en: 'Catalog imported from Excel' },
  'catalog.item.create': { zh: '新增事项', en: 'Item created' },
  'catalog.item.update': { zh: '修改事项编码', en: 'Item codes updated' },
  'catalog.item.retire': { zh: '事项停用', en: 'Item retired' },
  'catalog.version.draft': { zh: '新建事项草稿', en: 'Draft started' },
  'catalog.version.update': { zh: '修改事项草稿', en: 'Draft updated' },
  'catalog.version.publish': { zh: '发布事项', en: 'Version published' },
  'catalog.material.add': { zh: '新增申请材料', en: 'Material added' },
  'catalog.material.update': { zh: '修改申请材料', en: 'Material updated' },
  'catalog.material.remove': { zh: '删除申请材料', en: 'Material removed' },
  'catalog.file.upload': { zh: '上传样表/空白表格', en: 'Form or sample uploaded' },
  'catalog.file.remove': { zh: '删除样表/空白表格', en: 'Form or sample removed' },
  'catalog.delegation.create': { zh: '委托/下放事项', en: 'Item delegated' },
  'catalog.delegation.end': { zh: '收回委托/下放', en: 'Delegation ended' },
  'catalog.settings.update': { zh: '修改事项设置', en: 'Catalog settings updated' },
  'queue.category.create': { zh: '新增取号类别', en: 'Ticket category created' },
  'queue.category.update': { zh: '修改取号类别', en: 'Ticket category updated' },
  'queue.category.activate': { zh: '启用取号类别', en: 'Ticket category activated' },
  'queue.category.deactivate': { zh: '停用取号类别', en: 'Ticket category deactivated' },
  'queue.settings.update': { zh: '修改大厅设置', en: 'Hall settings updated' },
  'queue.window.categories': { zh: '设置窗口办理类别', en: 'Window categories set' },
  'queue.window.pause': { zh: '窗口暂停服务', en: 'Window paused' },
  'queue.window.reopen': { zh: '窗口恢复服务', en: 'Window reopened' },
  'queue.day.close': { zh: '手动结束当天排队', en: 'Day closed' },
  'queue.day.auto-close': { zh: '自动结束当天排队', en: 'Day closed automatically' },
  'queue.ticket.issue': { zh: '取号', en: 'Ticket issued' },
  'appointment.book': { zh: '预约', en: 'Appointment booked' },
  'appointment.cancel': { zh: '取消预约', en: 'Appointment cancelled' },
  'appointment.cancel-by-staff': { zh: '工作人员取消预约', en: 'Appointment cancelled by staff' },
  'appointment.check_in': { zh: '预约签到', en: 'Appointment checked in' },
  'appointment.no_show': { zh: '预约爽约', en: 'Appointment missed' },
  'appointment.remind': { zh: '发送预约提醒', en: 'Appointment reminder sent' },
  'appointment.rules.update': { zh: '修改预约规则', en: 'Appointment rules updated' },
  'case.intake': { zh: '办件接件', en: 'Case received' },
  'case.reveal': { zh: '查看办件个人信息', en: 'Case personal data revealed' },
  // Rows written before scans became the action material.scan (decision 0028).
  'case.scan': { zh: '上传材料扫描件', en: 'Material scan added' },
  'case.handover': { zh: '登记材料流转', en: 'Materials handed over' },
  'case.handover.confirm': { zh: '签收流转材料', en: 'Handover confirmed' },
  'case.task.claim': { zh: '认领待办任务', en: 'Task claimed' },
  'case.task.reassign': { zh: '改派待办任务', en: 'Task reassigned' },
  'case.task.take_back': { zh: '收回待办任务', en: 'Task taken back' },
  'case.task.save': { zh: '保存审查记录', en: 'Step record saved' },
  'case.task.attach': { zh: '上传环节附件', en: 'Step attachment added' },
  // issue #17, special steps (decision 0036)
  'case.special.inspection': { zh: '记录现场踏勘', en: 'Site inspection recorded' },
  'case.special.photo': { zh: '上传踏勘照片', en: 'Inspection photo added' },
  'case.special.sign': { zh: '会签联合踏勘记录表', en: 'Joint inspection record signed' },
  'case.special.expert_review': { zh: '记录专家评审', en: 'Expert review recorded' },
  'case.special.hearing_record': { zh: '记录听证笔录', en: 'Hearing record written' },
  'case.special.collective': { zh: '记录集体研究', en: 'Collective discussion recorded' },
  'consultation.log': { zh: '咨询登记', en: 'Consultation logged' },
  'jobs.run-now': { zh: '立即运行后台任务', en: 'Job run now' },
  // issue #18, the archive
  'archive.batch.build': { zh: '生成归档批次', en: 'Archive batch built' },
  'archive.batch.verify': { zh: '校验归档批次', en: 'Archive batch verified' },
  'archive.verify-upload': { zh: '校验上传的归档文件', en: 'Archive copy verified' },
  'archive.download': { zh: '下载归档文件', en: 'Archive downloaded' },
  // Back office: follow-up tasks and the yellow threshold (issue #17, decision 0033)
  'case.followup.claim': { zh: '认领核查/补交任务', en: 'Follow-up task claimed' },
  'case.warning_setting.update': { zh: '修改预警阈值', en: 'Yellow threshold changed' },
  // Notifications (issue #19)
  'notification.template.save': { zh: '修改通知模板', en: 'Notification template saved' },
  'notification.template.reset': { zh: '恢复默认通知模板', en: 'Notification template reset to default' },
  'notification.preference.set': { zh: '设置通知偏好', en: 'Notification preference set' },
  'notification.test-send': { zh: '发送测试通知', en: 'Test notification sent' },
};
// issue #18, handing out the result: every delivery action, audited as case.delivery.<action>.
for (const a of deliveryActions) auditActionLabels[`case.delivery.${a}`] ??= deliveryActionLabels[a];
// Every action of the case's states table, as the case page names it.
for (const a of caseActions) auditActionLabels[`case.${a}`] ??= caseActionLabels[a];

const ticketActionLabels = {
  call: { zh: '叫号', en: 'Called' },
  recall: { zh: '重呼', en: 'Recalled' },
  start: { zh: '开始办理', en: 'Service started' },
  finish: { zh: '办结', en: 'Finished' },
  no_show: { zh: '过号', en: 'No-show' },
  transfer: { zh: '转移', en: 'Transferred' },
  park: { zh: '挂起', en: 'Parked' },
  resume: { zh: '恢复办理', en: 'Resumed' },
  cancel: { zh: '取消排队', en: 'Cancelled' },
  close_day: { zh: '日终关闭', en: 'Closed at day end' },
} as const satisfies Record<TicketAction, Label>;
for (const a of ticketActions) auditActionLabels[`queue.ticket.${a}`] ??= ticketActionLabels[a];
// issue #18, fees (decision 0037): the notice, its actions, the day's reconciliation.
auditActionLabels['fee.notice.issue'] = { zh: '开具缴款通知书', en: 'Payment notice issued' };
auditActionLabels['fee.reconciliation.export'] = { zh: '导出收费日对账单', en: 'Daily reconciliation exported' };
for (const a of feeActions) auditActionLabels[`fee.${a}`] ??= feeActionLabels[a];

// Electronic certificates (issue #18, e-certificate part, decision 0039):
auditActionLabels['certificate.issue'] = { zh: '签发电子证照', en: 'E-certificate issued' };
auditActionLabels['certificate.revoke'] = { zh: '撤销电子证照', en: 'E-certificate revoked' };
auditActionLabels['certificate.key.create'] = { zh: '生成证照签名密钥', en: 'Certificate signing key created' };
auditActionLabels['certificate.key.rotate'] = { zh: '轮换证照签名密钥', en: 'Certificate signing key rotated' };

export const auditObjectLabels: Record<string, Label> = {
  staff: { zh: '工作人员', en: 'Staff member' },
  citizen_account: { zh: '公众账号', en: 'Citizen account' },
  online_application: { zh: '网上申报', en: 'Online application' },
  citizen_sign_in: { zh: '公众登录', en: 'Citizen sign-in' },
  center: { zh: '中心', en: 'Center' },
  region: { zh: '行政区划', en: 'Region' },
  department: { zh: '部门', en: 'Department' },
  window: { zh: '窗口', en: 'Window' },
  calendar: { zh: '工作日历', en: 'Calendar' },
  catalogItem: { zh: '事项', en: 'Catalog item' },
  catalogVersion: { zh: '事项版本', en: 'Item version' },
  catalogImport: { zh: '事项导入', en: 'Catalog import' },
  ticket: { zh: '排队票', en: 'Ticket' },
  ticketCategory: { zh: '取号类别', en: 'Ticket category' },
  appointment: { zh: '预约', en: 'Appointment' },
  case: { zh: '办件', en: 'Case' },
  consultation: { zh: '咨询', en: 'Consultation' },
  // Electronic certificates (issue #18, e-certificate part):
  eCertificate: { zh: '电子证照', en: 'E-certificate' },
  certificateKey: { zh: '证照签名密钥', en: 'Certificate signing key' },
  feeNotice: { zh: '缴款通知书', en: 'Payment notice' },
  feeReconciliation: { zh: '收费日对账单', en: 'Daily fee reconciliation' },
  archiveBatch: { zh: '归档批次', en: 'Archive batch' },
  archivePackage: { zh: '归档案卷', en: 'Archive package' },
  // issue #17, decision 0033
  case_followup: { zh: '核查/补交任务', en: 'Follow-up task' },
  case_warning_setting: { zh: '预警阈值', en: 'Yellow threshold' },
  notificationTemplate: { zh: '通知模板', en: 'Notification template' },
  notificationPreference: { zh: '通知偏好', en: 'Notification preference' },
};

export function auditLabel(table: Record<string, Label>, code: string, lang: 'zh' | 'en'): string {
  return table[code]?.[lang] ?? code;
}

// Online applications and pre-review (issue #19, decision 0043)
auditActionLabels['online.create'] = { zh: '创建网上申报草稿', en: 'Online application drafted' };
auditActionLabels['online.delete'] = { zh: '删除网上申报草稿', en: 'Online draft deleted' };
auditActionLabels['online.save'] = { zh: '保存网上申报草稿', en: 'Online draft saved' };
auditActionLabels['online.file.add'] = { zh: '上传申报材料', en: 'Material file uploaded' };
auditActionLabels['online.file.remove'] = { zh: '删除申报材料', en: 'Material file removed' };
auditActionLabels['online.file.reuse'] = { zh: '复用材料（免提交）', en: 'Material reused' };
for (const a of onlineActions) auditActionLabels[`online.${a}`] ??= onlineActionLabels[a];
