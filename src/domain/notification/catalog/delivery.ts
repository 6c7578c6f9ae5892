import { applicantEvent as e } from './applicant.ts';

/** 出件 (src/server/modules/case/delivery): how the result reaches the applicant. */
export const deliveryEvents = {
  'delivery.mailed': e('delivery', { zh: '结果已邮寄', en: 'Result mailed' }, { courier: 'EMS', waybill: 'EA123456789CN' }, ['结果已寄出：{caseNo}', '的办理结果已通过{courier}寄出，运单号 {waybill}，请注意查收。'], ['Result mailed: {caseNo}', ': the result is mailed by {courier}, waybill {waybill}.']),
  'delivery.mail-returned': e('delivery', { zh: '邮件退回', en: 'Mail returned' }, {}, ['邮件退回：{caseNo}', '的办理结果邮件被退回，请到出件窗口领取或联系窗口重新邮寄。'], ['Mail returned: {caseNo}', ': the mailed result came back; collect it at the window or ask for it to be mailed again.']),
  'delivery.cabinet-stored': e('delivery', { zh: '存入智能柜（取件码）', en: 'In the locker (pickup code)' }, { cabinetId: 'CAB-1', pickupCode: '73019246', hours: '72' }, ['取件码：{caseNo}', '的办理结果已存入自助智能柜（{cabinetId}），取件码 {pickupCode}，{hours} 小时内有效，仅可使用一次。'], ['Pickup code: {caseNo}', ': the result is in locker {cabinetId}, pickup code {pickupCode}, valid {hours} hours, once.']),
  'delivery.cabinet-taken-back': e('delivery', { zh: '从智能柜取回', en: 'Taken back from the locker' }, {}, ['请到窗口领取：{caseNo}', '的办理结果已从智能柜取回，请到出件窗口领取。'], ['Collect at the window: {caseNo}', ': the result was taken back from the locker; collect it at the result window.']),
  'delivery.cabinet-expired': e('delivery', { zh: '智能柜超期退回', en: 'Locker time ran out' }, { holdDays: '7' }, ['请到窗口领取：{caseNo}', '的办理结果在智能柜超过 {holdDays} 天未取，已退回出件窗口，请到窗口领取。'], ['Collect at the window: {caseNo}', ': the result stayed in the locker over {holdDays} days and went back to the result window.']),
  'delivery.electronic': e('delivery', { zh: '电子证照送达', en: 'E-certificate delivered' }, { certificateNo: 'SP6101292026000123', verifyCode: 'K7Q2M9' }, ['电子证照已送达：{caseNo}', '的办理结果已以电子证照送达（证照编号 {certificateNo}），可凭核验码 {verifyCode} 在网上办事大厅查验下载。'], ['E-certificate: {caseNo}', ': the result is delivered as an e-certificate (no. {certificateNo}); verify and download it in the online hall with code {verifyCode}.']),
};
