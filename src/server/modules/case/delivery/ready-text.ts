// The approval SMS tells the applicant where the result will come from, as chosen at intake
// (issue #18) or changed online (issue #19): the window by default, the mail or a cabinet (whose code follows separately).
import type { Db } from '../../../platform/db/types.ts';
import { choiceOfCase } from './delivery.queries.ts';

export async function collectionText(tx: Db, c: { caseId: string; applicationId: string }, r: { due: string; name: string }): Promise<string> {
  const delivery = await choiceOfCase(tx, c.caseId, c.applicationId);
  switch (delivery?.method) {
    case 'mail':
      return `${r.name}将于 ${r.due} 前后邮寄至您登记的地址，寄出后短信告知运单号`;
    case 'cabinet':
      return `${r.name}将于 ${r.due} 前后存入自助智能柜，取件码另行短信发送`;
    default:
      return `请于 ${r.due} 前后到窗口领取${r.name}`;
  }
}
