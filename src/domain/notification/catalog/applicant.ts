import type { NotificationEvent, NotificationGroup } from '../types.ts';

/** What every message about one application names: the center, the item and the case number. */
export const applicantBaseVars = { centerName: '城关区政务服务中心', itemName: '食品经营许可', caseNo: 'GS2026120800012' };
export type ApplicantBaseVar = keyof typeof applicantBaseVars;

/**
 * An event about one application, worded as the window's SMS always was:
 * 【中心】您申请的“事项”（办件编号 …）+ the tail. `extra` names the event's own variables.
 */
export function applicantEvent<V extends Record<string, string>>(
  group: NotificationGroup,
  label: { zh: string; en: string },
  extra: V,
  zh: readonly [subject: string, tail: string],
  en: readonly [subject: string, tail: string],
) {
  return {
    label,
    group,
    variables: { ...applicantBaseVars, ...extra },
    templates: {
      zh: { subject: zh[0], body: `【{centerName}】您申请的“{itemName}”（办件编号 {caseNo}）${zh[1]}` },
      en: { subject: en[0], body: `[{centerName}] Your application "{itemName}" (case {caseNo}) ${en[1]}` },
    },
  } satisfies NotificationEvent;
}
