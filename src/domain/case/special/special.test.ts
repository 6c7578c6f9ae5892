import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../../calendar/index.ts';
import { buildNotice, missingElements } from '../notices/index.ts';
import { noticeFixtures } from '../notices/notice.fixture.ts';
import { checkHeld, checkInform, checkRequest, checkSchedule, declaredSpecialSteps, emptyHearing, hearingLogOf, hearingView } from './index.ts';
import { checkSignature, recordDocument, recordText, unsignedDepartments, type InspectionData } from './records.ts';

const cal = officialCalendar();

describe('the special steps an item declares', () => {
  it('reads the guide’s special procedures and process steps by name; only special procedures stop the clock', () => {
    const d = declaredSpecialSteps({
      specialProcedures: [{ kind: '2', name: '专家评审', note: '' }, { kind: '2', name: '现场审查' }],
      process: [{ name: '受理' }, { name: '集体研究' }, { name: '审批' }],
    });
    expect(d.expertReview).toEqual({ declared: true, names: ['专家评审'], pausesClock: true });
    expect(d.inspection).toMatchObject({ declared: true, pausesClock: true });
    expect(d.collective).toEqual({ declared: true, names: ['集体研究'], pausesClock: false });
    expect(d.hearing.declared).toBe(false);
  });
});

describe('the joint inspection record', () => {
  const data: InspectionData = {
    place: '城关镇东大街 12 号',
    inspectedAt: '2026-09-28 09:30',
    participants: [{ name: '赵建国', unit: '县民政局' }, { name: '钱卫东', unit: '县住建局' }],
    findings: '场所布局与申报图纸一致',
    departments: [{ id: 'd1', name: '县民政局' }, { id: 'd2', name: '县住建局' }],
  };
  const signed = [{ departmentId: 'd1', departmentName: '县民政局', staffId: 's1', staffName: '赵建国', opinion: '同意', signedAt: '2026-09-28T02:00:00.000Z' }];

  it('each participating department signs once; others may not', () => {
    expect(checkSignature(data, [], 'd1')).toEqual({ ok: true });
    expect(checkSignature(data, signed, 'd1')).toEqual({ ok: false, code: 'INSPECTION_ALREADY_SIGNED' });
    expect(checkSignature(data, signed, 'd9')).toEqual({ ok: false, code: 'INSPECTION_NOT_PARTICIPANT' });
    expect(checkSignature(data, signed, null)).toEqual({ ok: false, code: 'INSPECTION_NOT_PARTICIPANT' });
    expect(unsignedDepartments(data, signed)).toEqual([{ id: 'd2', name: '县住建局' }]);
  });

  it('its document lists the place, time, findings and every department’s signing line', () => {
    const meta = { number: '民踏勘〔2026〕1号', caseNumber: 'C1', itemName: '某事项', applicantName: '张三', agencyName: '县民政局', createdOn: '2026-09-28' };
    const text = recordText(recordDocument({ kind: 'inspection', data }, meta, signed, [{ sha256: 'a', name: '现场.jpg', mime: 'image/jpeg', size: 3 }]));
    for (const s of ['联合踏勘记录表', '民踏勘〔2026〕1号', '城关镇东大街 12 号', '2026-09-28 09:30', '场所布局与申报图纸一致', '现场.jpg', '县住建局 （待签署）', '县民政局 同意 赵建国', '2026年9月28日']) expect(text).toContain(s);
  });
});

describe('the hearing notices', () => {
  it.each(['hearing_right', 'hearing_notice'] as const)('%s shows every element it must', (kind) => {
    const doc = buildNotice(noticeFixtures[kind]);
    expect(missingElements(kind, doc)).toEqual([]);
  });
});

describe('the hearing’s steps (§47–48) over the 2026 calendar', () => {
  // Told on Thursday 2026-09-24: 5 days end on Tuesday 09-29 (a working day before 中秋/国庆).
  const told = hearingLogOf([{ action: 'hearing.inform', on: '2026-09-24', hearing: { parties: ['张三', '李四'] } }]);

  it('the parties are told once', () => {
    expect(checkInform(emptyHearing, ['张三'])).toEqual({ ok: true });
    expect(checkInform(told, ['张三'])).toMatchObject({ ok: false, code: 'HEARING_PHASE' });
    expect(checkInform(emptyHearing, [' '])).toMatchObject({ ok: false, code: 'HEARING_DATE_INVALID' });
  });

  it('a request is on time within 5 days and refused after them', () => {
    expect(hearingView(told, '2026-09-25', cal)).toMatchObject({ phase: 'informed', requestBy: '2026-09-29' });
    expect(checkRequest(told, '2026-09-29', '2026-09-30', cal)).toEqual({ ok: true });
    expect(checkRequest(told, '2026-09-30', '2026-09-30', cal)).toMatchObject({ ok: false, code: 'HEARING_REQUEST_TOO_LATE' });
    expect(checkRequest(told, '2026-09-23', '2026-09-30', cal)).toMatchObject({ ok: false, code: 'HEARING_DATE_INVALID' });
    expect(checkRequest(told, '2026-10-09', '2026-09-30', cal)).toMatchObject({ ok: false, code: 'HEARING_DATE_INVALID' });
    expect(hearingView(told, '2026-09-30', cal).phase).toBe('lapsed');
  });

  it('the hearing is noticed 7 days ahead and held within 20 working days of the request', () => {
    const requested = hearingLogOf([
      { action: 'hearing.inform', on: '2026-09-24', hearing: { parties: ['张三'] } },
      { action: 'hearing.request', on: '2026-09-28', hearing: { requestedOn: '2026-09-28', requestedBy: '李四' } },
    ]);
    const view = hearingView(requested, '2026-09-28', cal);
    // 20 working days after 09-28 skip 国庆 (10-01..07) and count the make-up Saturday 10-10: 10-27... the calendar says so.
    expect(view.holdBy).toBe(cal.addWorkdays('2026-09-28', 20));
    // Noticed on 09-28: 7 days later is 10-05 (国庆), so the first possible day is 10-08.
    expect(view.earliestHearing).toBe('2026-10-08');
    expect(checkSchedule(requested, '2026-10-08', '2026-09-28', cal)).toEqual({ ok: true });
    expect(checkSchedule(requested, '2026-09-30', '2026-09-28', cal)).toMatchObject({ code: 'HEARING_NOTICE_TOO_LATE' });
    expect(checkSchedule(requested, '2026-10-04', '2026-09-28', cal)).toMatchObject({ code: 'HEARING_DATE_INVALID' });
    expect(checkSchedule(requested, cal.addWorkdays(view.holdBy!, 1), '2026-09-28', cal)).toMatchObject({ code: 'HEARING_TOO_LATE' });
    expect(checkSchedule(told, '2026-10-08', '2026-09-28', cal)).toMatchObject({ code: 'HEARING_PHASE' });
    const noticed = { ...requested, scheduledOn: '2026-10-08', noticeSentOn: '2026-09-28' };
    expect(checkHeld(noticed, '2026-10-08', '2026-10-08')).toEqual({ ok: true });
    expect(checkHeld(noticed, '2026-10-09', '2026-10-09')).toMatchObject({ code: 'HEARING_DATE_INVALID' });
    expect(checkHeld(noticed, '2026-10-08', '2026-10-07')).toMatchObject({ code: 'HEARING_DATE_INVALID' });
  });
});
