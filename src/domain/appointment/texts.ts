// SMS texts (短信) sent through the outbox. Short, one message each (70 Chinese characters
// make one SMS; these stay near that), with the code the visitor needs at the kiosk.
import { maskName } from '../identifiers/index.ts';

export interface AppointmentText {
  centerName: string;
  categoryName: string;
  date: string;
  start: string;
  end: string;
  code: string;
  name: string;
}

const when = (t: AppointmentText) => `${t.date} ${t.start}-${t.end}`;

export function bookedText(t: AppointmentText): string {
  return `【${t.centerName}】${maskName(t.name)}，您已预约${when(t)}「${t.categoryName}」，预约码${t.code}。请携带身份证于时段开始前到大厅自助机签到取号。`;
}

export function reminderText(t: AppointmentText): string {
  return `【${t.centerName}】${maskName(t.name)}，提醒您明天${when(t)}到大厅办理「${t.categoryName}」，预约码${t.code}。请带身份证按时签到；不能前来请提前取消。`;
}

export function cancelledText(t: AppointmentText): string {
  return `【${t.centerName}】${maskName(t.name)}，您${when(t)}「${t.categoryName}」的预约（预约码${t.code}）已取消。`;
}

export function noShowText(t: AppointmentText, bannedUntil: string | undefined): string {
  const ban = bannedUntil ? `因多次爽约，${bannedUntil}前暂停网上预约，可到大厅现场取号。` : '多次爽约将暂停预约。';
  return `【${t.centerName}】${maskName(t.name)}，您${when(t)}「${t.categoryName}」的预约未签到，记爽约一次。${ban}`;
}
