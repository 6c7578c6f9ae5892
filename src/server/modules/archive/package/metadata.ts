// The package's metadata (FACTS §D) from the case's file as the case module hands it over.
import { retentionPeriods, type ArchiveMetadata } from '../../../../domain/archive/index.ts';
import { caseStateInfo, exchangeTimestamp, type CaseState } from '../../../../domain/case/index.ts';
import { caseTypes } from '../../../../domain/catalog/index.ts';
import type { CaseFileForArchive } from '../../case/index.ts';

const ts = (d: Date | null | undefined) => (d ? exchangeTimestamp(d) : '');
const idTypeCode = (t: string) => (t === 'uscc' ? '001' : t); // 证件类型: GA/T 2000.156 codes; a USCC is 001 (统一社会信用代码)
const channelLabels: Record<string, string> = { window: '1 窗口', online: '2 电脑端网办', mobile: '3 移动端', mail: '4 快递', proxy: '9 其他（代办）' };
const acceptingActions = new Set(['intake.accept', 'intake.accept_with_waiver', 'intake.commitment_approve', 'decide_on_spot']);

export interface ArchiveFacts {
  archiveCode: string;
  year: string;
  batchMonth: string;
  archivedAt: Date;
  archivedBy: string;
  pages: number;
  documents: number;
  /** 支付 and 物流 as the fee and delivery parts recorded them (read through their indexes). */
  payments?: ArchiveMetadata['payments'];
  shipments?: { waybillNumber: string; sentAt: Date | null; deliveredAt: Date | null }[];
}

/** 特别程序 from the action log: each pause (kind 2) and the extension (kind 1) with how it ended. */
export function specialProceduresOf(file: CaseFileForArchive): ArchiveMetadata['specialProcedures'] {
  const out: ArchiveMetadata['specialProcedures'] = [];
  let pause: ArchiveMetadata['specialProcedures'][number] | undefined;
  let extension: ArchiveMetadata['specialProcedures'][number] | undefined;
  for (const a of file.actions) {
    const input = (a.input ?? {}) as { pause?: { kind?: string; reason?: string }; extension?: { reason?: string; governmentApproval?: string } };
    if (a.action === 'pause.start') {
      pause = { kind: '2', name: `暂停计时（${input.pause?.kind ?? ''}）`, startedAt: ts(a.at), endedAt: '', reason: input.pause?.reason ?? a.note ?? '', applicant: a.actorName ?? '', result: '进行中', opinion: '' };
      out.push(pause);
    } else if (a.action === 'pause.end' && pause) {
      pause.endedAt = ts(a.at);
      pause.result = '已结束';
      pause.opinion = a.note ?? '';
      pause = undefined;
    } else if (a.action === 'extension.request') {
      extension = { kind: '1', name: '延长审批', startedAt: ts(a.at), endedAt: '', reason: input.extension?.reason ?? a.note ?? '', applicant: a.actorName ?? '', result: '待批准', opinion: '' };
      out.push(extension);
    } else if ((a.action === 'extension.approve' || a.action === 'extension.reject') && extension) {
      extension.endedAt = ts(a.at);
      extension.result = a.action === 'extension.approve' ? '批准' : '不批准';
      extension.opinion = [a.actorName, input.extension?.governmentApproval, a.note].filter(Boolean).join('；');
      extension = undefined;
    }
  }
  return out;
}

/** The state the case ended in (the last one before 'archived'). */
export function endStateOf(file: CaseFileForArchive): CaseState {
  if (file.case.state !== 'archived') return file.case.state;
  return ([...file.actions].reverse().find((a) => a.toState !== 'archived')?.toState ?? 'concluded') as CaseState;
}

export function buildMetadata(file: CaseFileForArchive, a: ArchiveFacts): ArchiveMetadata {
  const c = file.case;
  const accepted = file.actions.find((x) => acceptingActions.has(x.action));
  const acceptanceNotice = file.notices.find((n) => n.kind === 'acceptance' || n.kind === 'waiver' || n.kind === 'commitment');
  const cert = c.certificate;
  const endState = endStateOf(file);
  const retention = file.item.retentionPeriod;
  return {
    format: 'onewindow-archive/1',
    archive: {
      archiveCode: a.archiveCode,
      fonds: file.center.code,
      year: a.year,
      retentionPeriod: retentionPeriods[retention].code,
      retentionLabel: retentionPeriods[retention].zh,
      batchMonth: a.batchMonth,
      archivedAt: exchangeTimestamp(a.archivedAt),
      archivedBy: a.archivedBy,
      pages: a.pages,
      documents: a.documents,
    },
    application: {
      caseNumber: c.number,
      implementationCode: file.item.implementationCode,
      itemName: c.itemName,
      applicantName: file.applicant.name,
      applicantIdType: idTypeCode(file.applicant.idType),
      applicantIdNumber: file.applicant.idNumber,
      contactName: file.agent?.name ?? file.applicant.name,
      contactIdNumber: file.agent?.idNumber ?? file.applicant.idNumber,
      contactMobile: file.agent?.phone ?? file.applicant.phone,
      legalRepresentative: file.applicant.legalRepresentative ?? '',
      source: channelLabels[c.channel] ?? c.channel,
      appliedAt: ts(c.receivedAt),
      regionCode: file.center.regionCode,
    },
    acceptance: {
      acceptingUnit: file.department.name,
      acceptingUnitUscc: file.department.uscc,
      acceptedBy: accepted?.actorName ?? '',
      acceptedAt: ts(c.acceptedAt ?? accepted?.at),
      acceptanceDocNumber: acceptanceNotice?.number ?? '',
      promisedBy: c.promisedDue ? `${c.promisedDue.replaceAll('-', '')}T235959` : '',
      caseKind: caseTypes[c.caseType as keyof typeof caseTypes]?.nationalCode ?? '9',
    },
    steps: file.tasks.map((t) => ({
      stepName: t.stepName,
      action: t.status === 'done' ? '通过' : t.status === 'returned' ? '退回' : '其他',
      handler: t.assigneeName ?? '',
      opinion: t.status === 'returned' ? [t.opinion, t.returnReason].filter(Boolean).join('；') : t.opinion,
      startedAt: ts(t.openedAt),
      endedAt: ts(t.closedAt),
      status: t.closedAt ? '2' : '1',
      unit: file.department.name,
    })),
    specialProcedures: specialProceduresOf(file),
    conclusion: {
      endState: caseStateInfo[endState].zh,
      concludedAt: ts(c.concludedAt ?? c.decidedAt),
      resultName: cert?.name ?? (c.decision === 'approved' ? file.item.resultName : ''),
      resultNumber: cert?.number ?? '',
      validUntil: cert ? (cert.validUntil ?? '长期有效') : '',
      issuingBody: cert?.issuingBody ?? '',
      express: file.item.express ? '是' : '否',
      charged: file.item.charged ? '是' : '否',
    },
    materials: file.materials
      .filter((m) => m.status === 'received' || m.scans.length > 0)
      .map((m) => ({
        name: m.name,
        receivedAs: [m.originals ? `原件${m.originals}份` : '', m.copies ? `复印件${m.copies}份` : '', m.scans.length ? `电子扫描件${m.scans.length}份` : ''].filter(Boolean).join('、') || '窗口收取',
        count: m.originals + m.copies + m.scans.length,
        at: ts(m.updatedAt),
      })),
    payments: a.payments ?? [],
    logistics: (a.shipments ?? []).map((s) => ({ waybillNumber: s.waybillNumber, sentAt: ts(s.sentAt), deliveredAt: ts(s.deliveredAt) })),
  };
}
