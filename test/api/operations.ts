import type { Permission, Role } from '../../src/domain/access/index.ts';
import { DEFAULT_APPOINTMENT_RULES } from '../../src/domain/appointment/index.ts';
import { DEMO_PASSWORD } from '../harness.ts';
import { testUscc, type DemoIds } from './helpers.ts';

// The intended access rule of every operation of the API, written down by hand (the
// permission suite checks it against the routes' declarations and their behaviour), and a
// valid-looking request for each. The samples are harmless when they succeed: they create
// fresh records under 土桥镇, re-save values that are already there, or target 李明
// (clerk-b), an account no suite signs in with.

export type Access = Permission | 'public' | 'signedIn' | 'citizen';

export interface Sample {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

let serial = 0;
const next = () => ++serial + Math.floor(Math.random() * 100_000) * 100;

const CLERK_B = (ids: DemoIds) => ({ id: ids.staff['clerk-b']! });
const T1 = (ids: DemoIds) => ids.center['XY-TUQIAO']!;
const COUNTY = (ids: DemoIds) => ids.center['XY-COUNTY']!;
const COUNTY_DEPT = (ids: DemoIds) => ({ id: ids.department['县民政局']! });
const page = { page: '1', pageSize: '20' };
const NOWHERE = '00000000-0000-4000-8000-000000000000';
const HOLIDAYS_2099 = { year: 2099, days: [{ name: '元旦', date: '2099-01-01', isOffDay: true }] };

export const operations: Record<string, { access: Access; sample: (ids: DemoIds) => Sample }> = {
  signIn: { access: 'public', sample: () => ({ body: { username: 'nobody-here', password: 'Wrong@2026pass' } }) },
  verifyTwoFactor: { access: 'public', sample: () => ({ body: { code: '000000' } }) },
  signOut: { access: 'signedIn', sample: () => ({}) },
  getMe: { access: 'signedIn', sample: () => ({}) },
  // Same new password as the current one: refused as WEAK_PASSWORD, nothing changes.
  changePassword: { access: 'signedIn', sample: () => ({ body: { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD } }) },
  setupTwoFactor: { access: 'signedIn', sample: () => ({ body: { password: 'Wrong@2026pass' } }) },
  confirmTwoFactor: { access: 'signedIn', sample: () => ({ body: { code: '000000' } }) },

  listRegions: { access: 'org.read', sample: () => ({ query: page }) },
  createRegion: { access: 'org.manage', sample: () => ({ body: { code: '610429102', name: '测试镇', parentCode: '610429' } }) },
  listCenters: { access: 'org.read', sample: () => ({ query: { ...page, active: 'all' } }) },
  getCenter: { access: 'org.read', sample: (ids) => ({ params: { id: T1(ids) } }) },
  createCenter: {
    access: 'org.manage',
    sample: (ids) => ({
      body: { code: `T-${next()}`, name: `测试便民服务站${next()}`, level: 'village', regionCode: '610429100201', parentId: T1(ids) },
    }),
  },
  updateCenter: { access: 'org.manage', sample: (ids) => ({ params: { id: T1(ids) }, body: { phone: '029-34420001' } }) },
  setCenterActive: { access: 'org.manage', sample: (ids) => ({ params: { id: T1(ids) }, body: { active: true } }) },
  listDepartments: { access: 'org.read', sample: () => ({ query: { ...page, q: '县' } }) },
  createDepartment: {
    access: 'org.manage',
    sample: (ids) => ({ body: { centerId: T1(ids), name: `测试局${next()}`, uscc: testUscc(next()) } }),
  },
  updateDepartment: { access: 'org.manage', sample: (ids) => ({ params: COUNTY_DEPT(ids), body: { name: '县民政局' } }) },
  setDepartmentActive: { access: 'org.manage', sample: (ids) => ({ params: COUNTY_DEPT(ids), body: { active: true } }) },
  listWindows: { access: 'org.read', sample: () => ({ query: page }) },
  createWindow: {
    access: 'org.manage',
    sample: (ids) => ({ body: { centerId: T1(ids), number: `T${next()}`, name: '测试窗口', kind: 'comprehensive' } }),
  },
  updateWindow: {
    access: 'org.manage',
    sample: (ids) => ({ params: { id: ids.window['XY-COUNTY/2']! }, body: { name: '综合受理窗口二' } }),
  },
  setWindowActive: { access: 'org.manage', sample: (ids) => ({ params: { id: ids.window['XY-COUNTY/2']! }, body: { active: true } }) },
  assignWindowPost: {
    access: 'posts.manage',
    sample: (ids) => ({ params: { id: ids.window['XY-COUNTY/1']! }, body: { post: 'A', staffId: ids.staff['clerk']! } }),
  },
  // Window 3 has no B post: 404, nothing released.
  releaseWindowPost: { access: 'posts.manage', sample: (ids) => ({ params: { id: ids.window['XY-COUNTY/3']!, post: 'B' } }) },
  setWindowServingPost: { access: 'posts.manage', sample: (ids) => ({ params: { id: ids.window['XY-COUNTY/1']! }, body: { post: 'A' } }) },

  listStaff: { access: 'staff.read', sample: () => ({ query: { ...page, role: 'window_clerk' } }) },
  getStaff: { access: 'staff.read', sample: (ids) => ({ params: CLERK_B(ids) }) },
  createStaff: {
    access: 'staff.manage',
    sample: (ids) => ({
      body: {
        username: `test-${next()}`,
        name: '测试人员',
        mobile: '13900000001',
        centerId: T1(ids),
        roles: ['window_clerk'],
        initialPassword: 'Temp@2026pass!',
      },
    }),
  },
  updateStaff: { access: 'staff.manage', sample: (ids) => ({ params: CLERK_B(ids), body: { name: '李明' } }) },
  setStaffActive: { access: 'staff.manage', sample: (ids) => ({ params: CLERK_B(ids), body: { active: true } }) },
  resetStaffPassword: {
    access: 'staff.manage',
    sample: (ids) => ({ params: CLERK_B(ids), body: { temporaryPassword: 'Temp@2026pass!' } }),
  },
  setStaffRoles: { access: 'staff.roles', sample: (ids) => ({ params: CLERK_B(ids), body: { roles: ['window_clerk'] } }) },
  unlockStaff: { access: 'staff.roles', sample: (ids) => ({ params: CLERK_B(ids) }) },
  resetStaffTwoFactor: { access: 'staff.roles', sample: (ids) => ({ params: CLERK_B(ids) }) },

  // Any signed-in staff reads the working-day calendar; writes stay in a regional override
  // of 土桥镇 or in the year 2099, which no other test uses.
  listCalendarDays: { access: 'signedIn', sample: () => ({ query: { from: '2026-09-28', to: '2026-10-09' } }) },
  listCalendarYears: { access: 'signedIn', sample: () => ({}) },
  addCalendarDays: { access: 'signedIn', sample: () => ({ query: { date: '2026-09-30', n: '3', unit: 'workday' } }) },
  countCalendarWorkdays: { access: 'signedIn', sample: () => ({ query: { from: '2026-09-28', to: '2026-10-09' } }) },
  setCalendarDay: {
    access: 'calendar.manage',
    sample: () => ({ params: { date: '2026-06-01' }, body: { kind: 'work', name: '', region: '610429100' } }),
  },
  deleteCalendarDay: { access: 'calendar.manage', sample: () => ({ params: { date: '2026-06-02' }, query: { region: '610429100' } }) },
  previewCalendarImport: { access: 'calendar.manage', sample: () => ({ body: HOLIDAYS_2099 }) },
  importCalendarYear: { access: 'calendar.manage', sample: () => ({ body: HOLIDAYS_2099 }) },

  // The service item catalog (its own suites test it in depth): unknown ids here answer 404
  // to whoever may call; a new item goes to 土桥镇.
  listCatalogItems: { access: 'catalog.read', sample: () => ({ query: page }) },
  createCatalogItem: {
    access: 'catalog.manage',
    sample: (ids) => ({
      body: {
        centerId: T1(ids),
        basicCode: `T${next()}`,
        guide: { name: '测试事项', itemType: 'other', exerciseLevel: 'township', caseType: 'instant' },
      },
    }),
  },
  getCatalogItem: { access: 'catalog.read', sample: () => ({ params: { id: NOWHERE } }) },
  updateCatalogItem: { access: 'catalog.manage', sample: () => ({ params: { id: NOWHERE }, body: { localCode: null } }) },
  createCatalogDraft: { access: 'catalog.manage', sample: () => ({ params: { id: NOWHERE } }) },
  retireCatalogItem: { access: 'catalog.manage', sample: () => ({ params: { id: NOWHERE }, body: { reason: '测试' } }) },
  compareCatalogVersions: { access: 'catalog.read', sample: () => ({ params: { id: NOWHERE }, query: { from: NOWHERE, to: NOWHERE } }) },
  delegateCatalogItem: {
    access: 'catalog.manage',
    sample: (ids) => ({ params: { id: NOWHERE }, body: { toCenterId: T1(ids), mode: 'entrust' } }),
  },
  endCatalogDelegation: { access: 'catalog.manage', sample: () => ({ params: { id: NOWHERE, delegationId: NOWHERE } }) },
  getCatalogVersion: { access: 'catalog.read', sample: () => ({ params: { id: NOWHERE } }) },
  updateCatalogDraft: { access: 'catalog.manage', sample: () => ({ params: { id: NOWHERE }, body: {} }) },
  checkCatalogVersion: { access: 'catalog.read', sample: () => ({ params: { id: NOWHERE } }) },
  publishCatalogVersion: { access: 'catalog.manage', sample: () => ({ params: { id: NOWHERE } }) },
  addCatalogMaterial: { access: 'catalog.manage', sample: () => ({ params: { id: NOWHERE }, body: { name: '居民身份证' } }) },
  updateCatalogMaterial: { access: 'catalog.manage', sample: () => ({ params: { id: NOWHERE }, body: { name: '居民身份证' } }) },
  removeCatalogMaterial: { access: 'catalog.manage', sample: () => ({ params: { id: NOWHERE } }) },
  // Files: the upload sample has no body (a permitted caller gets 400), the rest unknown ids (404).
  uploadCatalogFile: {
    access: 'catalog.manage',
    sample: () => ({ params: { versionId: NOWHERE, materialId: NOWHERE }, query: { kind: 'sample', name: '样表.pdf' } }),
  },
  removeCatalogFile: { access: 'catalog.manage', sample: () => ({ params: { id: NOWHERE } }) },
  downloadCatalogFile: { access: 'catalog.read', sample: () => ({ params: { id: NOWHERE } }) },
  downloadPortalFile: { access: 'public', sample: () => ({ params: { id: NOWHERE } }) },
  // Settings: read the county's; "update" an unknown center (404).
  getCatalogSettings: { access: 'catalog.read', sample: (ids) => ({ query: { centerId: T1(ids) } }) },
  updateCatalogSettings: { access: 'catalog.manage', sample: () => ({ params: { id: NOWHERE }, body: { promisedReductionPct: 30 } }) },
  searchPortalItems: { access: 'public', sample: () => ({ query: page }) },
  listPortalThemes: { access: 'public', sample: (ids) => ({ query: { centerId: ids.center['XY-COUNTY']! } }) },
  listPortalDepartments: { access: 'public', sample: (ids) => ({ query: { centerId: ids.center['XY-COUNTY']! } }) },
  getPortalItem: { access: 'public', sample: () => ({ params: { id: NOWHERE } }) },
  getGuidePdf: { access: 'public', sample: () => ({ params: { id: NOWHERE } }) },

  exportCatalog: { access: 'catalog.read', sample: (ids) => ({ query: { centerId: T1(ids) } }) },
  // The import takes an .xlsx body; without one it answers 415.
  importCatalog: { access: 'catalog.manage', sample: () => ({ query: { dryRun: 'true' } }) },

  // Queue and hall: unknown windows, tickets and centers (404) for writes; reads of the county.
  listTicketCategories: { access: 'queue.manage', sample: (ids) => ({ query: { centerId: COUNTY(ids) } }) },
  createTicketCategory: { access: 'queue.manage', sample: () => ({ body: { centerId: NOWHERE, prefix: 'T', name: '测试类别' } }) },
  updateTicketCategory: { access: 'queue.manage', sample: () => ({ params: { id: NOWHERE }, body: { name: '测试类别' } }) },
  listWindowCategories: { access: 'queue.manage', sample: (ids) => ({ params: { centerId: COUNTY(ids) } }) },
  setWindowCategories: { access: 'queue.manage', sample: () => ({ params: { windowId: NOWHERE }, body: { categoryIds: [] } }) },
  getHallSettings: { access: 'queue.manage', sample: (ids) => ({ params: { centerId: COUNTY(ids) } }) },
  updateHallSettings: {
    access: 'queue.manage',
    sample: () => ({
      params: { centerId: NOWHERE },
      body: {
        voiceTemplate: '请{票号}号到窗口办理',
        ledTemplate: '{票号}',
        recallIntervalSeconds: 30,
        noShowAfterCalls: 3,
        waitSample: 20,
      },
    }),
  },
  transferWaitingTicket: { access: 'queue.manage', sample: () => ({ params: { id: NOWHERE }, body: { windowId: NOWHERE } }) },
  closeQueueDay: { access: 'queue.manage', sample: () => ({ params: { centerId: NOWHERE }, body: { reason: '测试' } }) },
  getQueueStats: { access: 'queue.manage', sample: (ids) => ({ params: { centerId: COUNTY(ids) }, query: { date: '2026-06-01' } }) },
  getAppointmentStats: {
    access: 'queue.manage',
    sample: (ids) => ({ params: { centerId: COUNTY(ids) }, query: { from: '2026-06-01', to: '2026-06-30' } }),
  },
  exportQueueStats: {
    access: 'queue.manage',
    sample: (ids) => ({ params: { centerId: COUNTY(ids) }, query: { from: '2026-06-01', to: '2026-06-30' } }),
  },
  getQueueWindow: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE } }) },
  callNextTicket: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE } }) },
  callTicket: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE }, body: { ticketId: NOWHERE } }) },
  recallTicket: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE } }) },
  markTicketNoShow: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE } }) },
  startTicketService: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE } }) },
  finishTicketService: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE }, body: { caseIds: [] } }) },
  finishAndCallNextTicket: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE }, body: { caseIds: [] } }) },
  transferTicket: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE }, body: { windowId: NOWHERE } }) },
  parkTicket: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE }, body: { reason: '测试' } }) },
  resumeTicket: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE }, body: { ticketId: NOWHERE } }) },
  pauseWindow: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE }, body: { reason: '测试' } }) },
  reopenWindow: { access: 'queue.serve', sample: () => ({ params: { windowId: NOWHERE } }) },
  listHallCenters: { access: 'public', sample: () => ({}) },
  listHallCategories: { access: 'public', sample: (ids) => ({ params: { centerId: COUNTY(ids) } }) },
  getHallItemHours: { access: 'public', sample: (ids) => ({ params: { centerId: COUNTY(ids) }, query: { itemId: NOWHERE } }) },
  issueHallTicket: { access: 'public', sample: () => ({ params: { centerId: NOWHERE }, body: { categoryId: NOWHERE } }) },
  getHallTicket: { access: 'public', sample: () => ({ params: { centerId: NOWHERE, id: NOWHERE } }) },
  cancelHallTicket: { access: 'public', sample: () => ({ params: { centerId: NOWHERE, id: NOWHERE } }) },
  getHallBoard: { access: 'public', sample: (ids) => ({ params: { centerId: COUNTY(ids) } }) },
  liveHallBoard: { access: 'public', sample: (ids) => ({ params: { centerId: COUNTY(ids) } }) },

  // Appointments: reads of the county (appointments are off there unless the demo turned them
  // on); writes against an unknown center (404), so nothing is booked, cancelled or changed.
  getAppointmentOptions: { access: 'public', sample: (ids) => ({ params: { centerId: COUNTY(ids) } }) },
  listAppointmentSlots: { access: 'public', sample: (ids) => ({ params: { centerId: COUNTY(ids) }, query: { categoryId: NOWHERE } }) },
  bookAppointment: {
    access: 'public',
    sample: () => ({
      params: { centerId: NOWHERE },
      body: { categoryId: NOWHERE, date: '2026-06-01', start: '09:00', name: '张三', idCard: '11010519491231002X', phone: '13900000000' },
    }),
  },
  lookupAppointments: {
    access: 'public',
    sample: () => ({ params: { centerId: NOWHERE }, body: { idCard: '11010519491231002X', phone: '13900000000' } }),
  },
  getAppointment: { access: 'public', sample: () => ({ params: { centerId: NOWHERE, id: NOWHERE }, query: { code: 'ABCDEFGH' } }) },
  cancelAppointment: { access: 'public', sample: () => ({ params: { centerId: NOWHERE, id: NOWHERE }, body: { code: 'ABCDEFGH' } }) },
  checkInAppointment: { access: 'public', sample: () => ({ params: { centerId: NOWHERE }, body: { code: 'ABCDEFGH' } }) },
  getAppointmentRules: { access: 'queue.manage', sample: (ids) => ({ params: { centerId: COUNTY(ids) } }) },
  updateAppointmentRules: {
    access: 'queue.manage',
    sample: () => ({
      params: { centerId: NOWHERE },
      body: DEFAULT_APPOINTMENT_RULES,
    }),
  },
  listAppointments: {
    access: 'queue.manage',
    sample: (ids) => ({ params: { centerId: COUNTY(ids) }, query: { ...page, date: '2026-06-01' } }),
  },
  cancelAppointmentByStaff: {
    access: 'queue.manage',
    sample: (ids) => ({ params: { centerId: COUNTY(ids), id: NOWHERE }, body: { reason: '群众来电取消' } }),
  },
  listNotifications: { access: 'queue.manage', sample: (ids) => ({ params: { centerId: COUNTY(ids) }, query: page }) },

  searchAudit: { access: 'audit.read', sample: () => ({ query: { ...page, action: 'auth' } }) },
  verifyAudit: { access: 'audit.read', sample: () => ({}) },

  // The background jobs page: the sample queues one end-of-day sweep (the test platform works no jobs).
  listJobs: { access: 'jobs.manage', sample: () => ({}) },
  runJobNow: { access: 'jobs.manage', sample: () => ({ params: { name: 'queue-day-sweep' } }) },
  // The case core (issue #16). Samples are refused harmlessly: an unknown item, an unknown
  // case id (404), a lookup or search that finds nothing.
  createCaseApplication: {
    access: 'case.intake',
    sample: (ids) => ({
      body: {
        centerId: T1(ids),
        applicant: { kind: 'person', idType: '111', idNumber: '11010519491231002X', name: '测试人', phone: '13900000000' },
        items: [{ itemId: NOWHERE }],
        idempotencyKey: `ops-${next()}-key`,
      },
    }),
  },
  lookupCaseApplicant: { access: 'case.intake', sample: () => ({ query: { idType: '111', idNumber: '11010519491231002X' } }) },
  actOnCase: { access: 'case.act', sample: () => ({ params: { id: NOWHERE }, body: { action: 'intake.accept', idempotencyKey: `ops-${next()}-key` } }) },
  getCase: { access: 'case.read', sample: () => ({ params: { id: NOWHERE } }) },
  revealCase: { access: 'case.reveal', sample: () => ({ params: { id: NOWHERE } }) },
  listCases: { access: 'case.read', sample: () => ({ query: { view: 'search', q: 'nothing-matches-this', ...page } }) },
  listCaseVerifications: { access: 'case.read', sample: () => ({ query: page }) },
  getCaseByNumber: { access: 'case.read', sample: () => ({ params: { number: 'NO-SUCH-NUMBER-0001' } }) },
  getCaseNoticePdf: { access: 'case.read', sample: () => ({ params: { id: NOWHERE, noticeId: NOWHERE } }) },
  addCaseScan: { access: 'case.intake', sample: () => ({ params: { id: NOWHERE, materialId: NOWHERE }, body: { file: 'not a scan' } }) },
  getCaseScan: { access: 'case.read', sample: () => ({ params: { id: NOWHERE, sha256: '0'.repeat(64) } }) },
  createCaseHandover: { access: 'case.handover', sample: () => ({ params: { id: NOWHERE }, body: { toDepartment: '县民政局', items: '申请表原件 1 份' } }) },
  confirmCaseHandover: { access: 'case.handover', sample: () => ({ body: { caseNumber: 'NO-SUCH-NUMBER-0001' } }) },
  // Logged under 土桥镇 without a knowledge-base flag: harmless when it succeeds.
  logConsultation: { access: 'case.consult', sample: (ids) => ({ body: { centerId: T1(ids), channel: 'phone', question: '办理低保需要哪些材料？' } }) },
  listConsultations: { access: 'case.consult', sample: () => ({ query: page }) },
  getItemKnowledge: { access: 'public', sample: () => ({ params: { itemId: NOWHERE } }) },
  // The back office (issue #17): an unknown task is 404 for everyone allowed; the inbox reads.
  listTasks: { access: 'task.work', sample: () => ({ query: { view: 'department', status: 'open', limit: '20' } }) },
  getTask: { access: 'task.work', sample: () => ({ params: { id: NOWHERE } }) },
  claimTask: { access: 'task.work', sample: () => ({ params: { id: NOWHERE } }) },
  assignTask: { access: 'task.assign', sample: () => ({ params: { id: NOWHERE }, body: { staffId: null } }) },
  listTaskAssignees: { access: 'task.assign', sample: () => ({ params: { id: NOWHERE } }) },
  saveTaskRecord: { access: 'task.work', sample: () => ({ params: { id: NOWHERE }, body: { checklist: [], opinion: '' } }) },
  addTaskAttachment: { access: 'task.work', sample: () => ({ params: { id: NOWHERE }, query: { name: 'x.pdf' }, body: { file: 'not a file' } }) },
  getTaskAttachment: { access: 'task.work', sample: () => ({ params: { id: NOWHERE, sha256: '0'.repeat(64) } }) },
  trackCase: { access: 'public', sample: () => ({ query: { number: 'NO-SUCH-NUMBER-0001', phone: '13900000000' } }) },

  // Handing out the result (issue #18): an unknown case is 404 for everyone allowed; the
  // cabinet's code is one no deposit issued (404, and nothing changes).
  listDeliveries: { access: 'case.read', sample: () => ({ query: { view: 'at_window', ...page } }) },
  getCaseDelivery: { access: 'case.read', sample: () => ({ params: { id: NOWHERE } }) },
  actOnCaseDelivery: { access: 'case.act', sample: () => ({ params: { id: NOWHERE }, body: { action: 'mail.signed' } }) },
  getCaseDeliverySignature: { access: 'case.read', sample: () => ({ params: { id: NOWHERE } }) },
  pickUpFromCabinet: { access: 'public', sample: () => ({ params: { cabinetId: 'OPS-CAB-1' }, body: { code: '00000000' } }) },
  // Citizens of the online hall (issue #19): a code to a number no suite signs in with; a wrong code for another.
  requestCitizenSignInCode: { access: 'public', sample: () => ({ body: { mobile: '13700000001' } }) },
  citizenSignIn: { access: 'public', sample: () => ({ body: { mobile: '13700000002', code: '000000' } }) },
  citizenSignOut: { access: 'public', sample: () => ({}) },
  getCitizenMe: { access: 'citizen', sample: () => ({}) },
  // A malformed ID: refused as INVALID_ID_CARD, nothing bound.
  bindCitizenRealName: { access: 'citizen', sample: () => ({ body: { name: '王五', idNumber: '610429197001010010' } }) },
  // issue #17 上报件 (decision 0035)
  getCaseEscalation: { access: 'case.read', sample: () => ({ params: { id: NOWHERE } }) },
  // Electronic certificates (issue #18, e-certificate part): unknown ids answer 404; a rotation only adds a key.
  issueCertificate: { access: 'certificate.issue', sample: () => ({ body: { caseId: NOWHERE } }) },
  listCaseCertificates: { access: 'case.read', sample: () => ({ query: { caseId: NOWHERE } }) },
  getCertificatePdf: { access: 'case.read', sample: () => ({ params: { id: NOWHERE } }) },
  revokeCertificate: { access: 'certificate.revoke', sample: () => ({ params: { id: NOWHERE }, body: { reason: '测试撤销原因' } }) },
  listCertificateKeys: { access: 'certificate.keys', sample: () => ({}) },
  rotateCertificateKey: { access: 'certificate.keys', sample: () => ({}) },
  verifyCertificate: { access: 'public', sample: () => ({ params: { code: 'NOSUCHCODE000000' } }) },
  verifyCertificateCopy: { access: 'public', sample: () => ({ body: { file: 'not a pdf' } }) },
  // Fees (issue #18, decision 0037): an unknown case or notice is 404 for everyone allowed; the
  // list and the day's workbook only read; the unsigned callback is refused (401).
  getCaseFees: { access: 'case.read', sample: () => ({ params: { id: NOWHERE } }) },
  issueFeeNotice: { access: 'fee.charge', sample: () => ({ params: { id: NOWHERE }, body: { lines: [{ item: '工本费' }], idempotencyKey: `ops-${next()}-key` } }) },
  listFeeNotices: { access: 'fee.collect', sample: () => ({ query: { status: 'due' } }) },
  payFeeNotice: { access: 'fee.collect', sample: () => ({ params: { id: NOWHERE }, body: { amountFen: 100, method: 'cash', idempotencyKey: `ops-${next()}-key` } }) },
  waiveFeeNotice: { access: 'fee.approve', sample: () => ({ params: { id: NOWHERE }, body: { amountFen: 100, reason: '测试减免', idempotencyKey: `ops-${next()}-key` } }) },
  requestFeeRefund: { access: 'fee.collect', sample: () => ({ params: { id: NOWHERE }, body: { amountFen: 100, reason: '测试退费', idempotencyKey: `ops-${next()}-key` } }) },
  decideFeeRefund: { access: 'fee.approve', sample: () => ({ params: { id: NOWHERE }, body: { approve: false, idempotencyKey: `ops-${next()}-key` } }) },
  getFeeNoticePdf: { access: 'case.read', sample: () => ({ params: { id: NOWHERE } }) },
  getFeeReceiptPdf: { access: 'fee.collect', sample: () => ({ params: { id: NOWHERE } }) },
  getFeeReconciliation: { access: 'fee.collect', sample: () => ({ query: { date: '2026-06-01' } }) },
  feePaymentCallback: { access: 'public', sample: () => ({ body: { reference: '61042920260924000420', amountFen: 100, transactionId: 'ops-txn' } }) },
  // issue #17, special steps (decision 0036): an unknown case is 404 for everyone allowed.
  getCaseSpecialSteps: { access: 'task.work', sample: () => ({ params: { id: NOWHERE } }) },
  listPendingInspectionSignatures: { access: 'task.work', sample: () => ({}) },
  recordSiteInspection: {
    access: 'task.work',
    sample: () => ({ params: { id: NOWHERE }, body: { place: '某地', inspectedAt: '2026-09-28 09:30', participants: [{ name: '张三', unit: '县民政局' }], findings: '无', departmentIds: [] } }),
  },
  addInspectionPhoto: { access: 'task.work', sample: () => ({ params: { id: NOWHERE, recordId: NOWHERE }, query: { name: 'x.jpg' }, body: { file: 'not a file' } }) },
  getInspectionPhoto: { access: 'task.work', sample: () => ({ params: { id: NOWHERE, recordId: NOWHERE, sha256: '0'.repeat(64) } }) },
  signInspectionRecord: { access: 'task.work', sample: () => ({ params: { id: NOWHERE, recordId: NOWHERE }, body: { opinion: '同意' } }) },
  getSpecialRecord: { access: 'task.work', sample: () => ({ params: { id: NOWHERE, recordId: NOWHERE } }) },
  getSpecialRecordPdf: { access: 'task.work', sample: () => ({ params: { id: NOWHERE, recordId: NOWHERE } }) },
  recordExpertReview: { access: 'task.work', sample: () => ({ params: { id: NOWHERE }, body: { heldOn: '2026-01-05', experts: [{ name: '王专家', title: '高级工程师', unit: '某院' }], opinion: '同意', conclusion: '通过' } }) },
  recordHearing: {
    access: 'task.work',
    sample: () => ({ params: { id: NOWHERE }, body: { heldOn: '2026-01-05', place: '听证室', presiding: '甲', recorder: '乙', participants: [{ name: '丙', role: '申请人' }], statements: '无', conclusion: '无' } }),
  },
  recordCollectiveDiscussion: {
    access: 'task.work',
    sample: () => ({ params: { id: NOWHERE }, body: { heldOn: '2026-01-05', chair: '甲', participants: ['甲', '乙', '丙'], topic: '某事项', conclusion: '同意', record: '记录' } }),
  },
  // The archive (issue #18): unknown batches and packages are 404; a month not over is refused; a non-zip upload is 422.
  listArchiveBatches: { access: 'archive.read', sample: () => ({ query: page }) },
  getArchiveBatch: { access: 'archive.read', sample: () => ({ params: { id: NOWHERE } }) },
  buildArchiveBatch: { access: 'archive.manage', sample: () => ({ body: { month: '2099-01' } }) },
  downloadArchiveBatch: { access: 'archive.read', sample: () => ({ params: { id: NOWHERE } }) },
  downloadArchivePackage: { access: 'archive.read', sample: () => ({ params: { id: NOWHERE } }) },
  verifyArchiveBatch: { access: 'archive.read', sample: () => ({ params: { id: NOWHERE } }) },
  verifyArchiveUpload: { access: 'archive.read', sample: () => ({ body: { file: 'not a zip' } }) },
  // Step clocks, follow-ups and the yellow threshold (issue #17, decision 0033). Clearing 土桥镇's
  // own threshold (it has none) changes nothing.
  claimFollowup: { access: 'task.work', sample: () => ({ params: { id: NOWHERE } }) },
  listWarningSettings: { access: 'warnings.manage', sample: () => ({}) },
  setWarningSetting: { access: 'warnings.manage', sample: (ids) => ({ params: { centerId: T1(ids) }, body: { yellowWorkdays: null } }) },
  // Notifications (issue #19): writes aim at a center nobody manages, the preview writes nothing.
  listNotificationTemplates: { access: 'notification.manage', sample: (ids) => ({ params: { centerId: COUNTY(ids) } }) },
  saveNotificationTemplate: {
    access: 'notification.manage',
    sample: () => ({ params: { centerId: NOWHERE, event: 'case.accepted', channel: 'sms', lang: 'zh' }, body: { subject: '', body: '已受理{caseNo}' } }),
  },
  resetNotificationTemplate: { access: 'notification.manage', sample: () => ({ params: { centerId: NOWHERE, event: 'case.accepted', channel: 'sms', lang: 'zh' } }) },
  previewNotificationTemplate: {
    access: 'notification.manage',
    sample: (ids) => ({ params: { centerId: COUNTY(ids) }, body: { event: 'case.accepted', subject: '', body: '已受理{caseNo}' } }),
  },
  sendTestNotification: { access: 'notification.manage', sample: () => ({ params: { centerId: NOWHERE }, body: { event: 'case.accepted', mobile: '13900000000' } }) },
  listNotificationOutbox: { access: 'notification.manage', sample: (ids) => ({ params: { centerId: COUNTY(ids) }, query: page }) },
  // 网上申报 and 网上预审 (issue #19, decision 0043): unknown ids are 404 for their owner and staff alike; junk items are 422.
  listMyOnlineApplications: { access: 'citizen', sample: () => ({}) },
  createOnlineApplication: { access: 'citizen', sample: () => ({ body: { itemIds: [NOWHERE] } }) },
  getMyOnlineApplication: { access: 'citizen', sample: () => ({ params: { id: NOWHERE } }) },
  saveOnlineDraft: { access: 'citizen', sample: () => ({ params: { id: NOWHERE }, body: { version: 1, items: [{ itemId: NOWHERE }] } }) },
  deleteOnlineDraft: { access: 'citizen', sample: () => ({ params: { id: NOWHERE } }) },
  uploadOnlineFile: { access: 'citizen', sample: () => ({ params: { id: NOWHERE }, query: { itemId: NOWHERE, materialId: NOWHERE } }) },
  deleteOnlineFile: { access: 'citizen', sample: () => ({ params: { id: NOWHERE, fileId: NOWHERE } }) },
  getMyOnlineFile: { access: 'citizen', sample: () => ({ params: { id: NOWHERE, fileId: NOWHERE } }) },
  listReusableMaterials: { access: 'citizen', sample: () => ({}) },
  reuseOnlineMaterial: { access: 'citizen', sample: () => ({ params: { id: NOWHERE }, body: { itemId: NOWHERE, materialId: NOWHERE, source: { kind: 'file', fileId: NOWHERE } } }) },
  submitOnlineApplication: { access: 'citizen', sample: () => ({ params: { id: NOWHERE }, body: { version: 1 } }) },
  resubmitOnlineApplication: { access: 'citizen', sample: () => ({ params: { id: NOWHERE }, body: { version: 1 } }) },
  withdrawOnlineApplication: { access: 'citizen', sample: () => ({ params: { id: NOWHERE } }) },
  listOnlineReviews: { access: 'online.read', sample: () => ({ query: page }) },
  getOnlineReview: { access: 'online.read', sample: () => ({ params: { id: NOWHERE } }) },
  getOnlineReviewFile: { access: 'online.read', sample: () => ({ params: { id: NOWHERE, fileId: NOWHERE } }) },
  acceptOnlineApplication: { access: 'online.review', sample: () => ({ params: { id: NOWHERE }, body: {} }) },
  requestOnlineCorrection: { access: 'online.review', sample: () => ({ params: { id: NOWHERE }, body: { materials: [{ itemId: NOWHERE, materialId: NOWHERE, reason: '测试' }] } }) },
  refuseOnlineApplication: { access: 'online.review', sample: () => ({ params: { id: NOWHERE }, body: { reasons: '测试' } }) },
};

/** One demo account per role (county accounts; the proxy agent works at a village station). */
export const accountOfRole: Record<Role, string> = {
  window_clerk: 'clerk',
  approver: 'approver',
  department_head: 'depthead',
  center_manager: 'manager',
  duty_head: 'duty',
  proxy_agent: 'agent',
  cashier: 'cashier',
  supervisor: 'supervisor',
  system_admin: 'sysadmin',
  security_admin: 'secadmin',
  audit_admin: 'auditor',
  archivist: 'archivist',
};

/** Fill `{id}` style path parameters. */
export function urlOf(path: string, params: Record<string, string> = {}, query?: Record<string, string | string[]>): string {
  const filled = path.replace(/\{(\w+)\}/g, (_m, k: string) => encodeURIComponent(params[k] ?? ''));
  if (!query) return filled;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const x of Array.isArray(v) ? v : [v]) qs.append(k, x);
  const s = qs.toString();
  return s ? `${filled}?${s}` : filled;
}

export interface OpenApiOperation {
  method: string;
  path: string;
  operationId: string;
  parameters: { name: string; in: 'path' | 'query'; required?: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
}

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  maxLength?: number;
  nullable?: boolean;
  anyOf?: JsonSchema[];
}

/** Every /api/v1 operation of the running app's OpenAPI document. */
export async function openApiOperations(app: {
  inject: (o: { url: string }) => Promise<{ json(): unknown }>;
}): Promise<OpenApiOperation[]> {
  const doc = (await app.inject({ url: '/api/openapi.json' })).json() as {
    paths: Record<
      string,
      Record<
        string,
        {
          operationId: string;
          parameters?: OpenApiOperation['parameters'];
          requestBody?: { content: Record<string, { schema: JsonSchema }> };
        }
      >
    >;
  };
  const out: OpenApiOperation[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const [method, op] of Object.entries(ops)) {
      out.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return out;
}
