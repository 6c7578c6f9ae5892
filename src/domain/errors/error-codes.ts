// Stable error codes: clients branch on `code`, people read `message`.
// Each code carries its HTTP status and its message in both languages, so a new code
// cannot ship without a Chinese message.
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, zh: '输入内容有误，请检查后重试', en: 'The input is not valid' },
  BAD_JSON: { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { status: 401, zh: '登录已超时，请重新登录', en: 'The session has expired, please sign in again' },
  FORBIDDEN: { status: 403, zh: '没有权限执行此操作', en: 'You do not have permission for this action' },
  OUT_OF_SCOPE: { status: 403, zh: '该记录不在您所属中心的管辖范围内', en: 'This record is outside your center' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '首次登录请先修改密码', en: 'Change your password before continuing' },
  TWO_FACTOR_SETUP_REQUIRED: { status: 403, zh: '管理员账号须先绑定动态口令（TOTP）', en: 'Administrators must set up TOTP first' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: { status: 423, zh: '登录失败次数过多，账号已锁定，请稍后再试', en: 'Too many failed sign-ins; the account is locked for a while' },
  INVALID_TOTP: { status: 401, zh: '动态口令不正确或已过期', en: 'The one-time code is wrong or expired' },
  TWO_FACTOR_NOT_PENDING: { status: 401, zh: '请重新输入用户名和密码登录', en: 'Sign in with username and password first' },
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用', en: 'The account is disabled' },
  WEAK_PASSWORD: { status: 400, zh: '密码须至少 10 位，并包含大写字母、小写字母、数字和符号中的三类', en: 'The password needs 10+ characters from three of: upper case, lower case, digits, symbols' },
  NOT_FOUND: { status: 404, zh: '记录不存在', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '不支持的请求方法', en: 'Method not allowed' },
  CONFLICT: { status: 409, zh: '记录已被修改，请刷新后重试', en: 'The record changed meanwhile; reload and retry' },
  DUPLICATE: { status: 409, zh: '已存在相同编码或名称的记录', en: 'A record with the same code or name exists' },
  INVALID_REGION_CODE: { status: 400, zh: '行政区划代码不正确', en: 'Invalid administrative region code' },
  INVALID_USCC: { status: 400, zh: '统一社会信用代码不正确（校验位不符）', en: 'Invalid unified social credit code' },
  INVALID_ID_CARD: { status: 400, zh: '居民身份证号码不正确', en: 'Invalid resident ID number' },
  INVALID_PARENT: { status: 400, zh: '上级中心不符合层级要求', en: 'The parent center does not fit the level' },
  INACTIVE_REFERENCE: { status: 400, zh: '引用的记录已停用', en: 'The referenced record is deactivated' },
  POST_CONFLICT: { status: 409, zh: '该窗口此岗位已有人员', en: 'That post of the window is already taken' },
  CATALOG_NOT_PUBLISHABLE: { status: 422, zh: '办事指南不完整，暂不能发布，请按提示补充后再发布', en: 'The guide is incomplete and cannot be published yet' },
  CATALOG_VERSION_STATE: { status: 409, zh: '该版本当前状态下不能进行此操作（已发布的版本不能修改，请先新建草稿）', en: 'That action is not allowed in the version’s current state' },
  CATALOG_DRAFT_EXISTS: { status: 409, zh: '该事项已有一个草稿版本，请在草稿上修改', en: 'The item already has a draft; edit that one' },
  CATALOG_INVALID_CODE: { status: 400, zh: '事项编码不正确', en: 'Invalid item code' },
  CATALOG_DELEGATION_INVALID: { status: 400, zh: '只能将县级中心的事项委托或下放给其所辖的乡镇（街道）便民服务中心或村（社区）便民服务站', en: 'Only a county center’s item can be delegated, and only to a township or village center below it' },
  CALENDAR_YEAR_MISSING: { status: 422, zh: '该日期所在年份尚无节假日安排数据，无法计算工作日。请系统管理员在「工作日历」中导入该年份的国务院放假安排（holiday-cn 格式）', en: 'No holiday data for that year; an administrator must import the State Council arrangement for it' },
  CALENDAR_BAD_DATE: { status: 400, zh: '日期格式不正确，应为 YYYY-MM-DD（如 2026-10-01）', en: 'Not a valid YYYY-MM-DD date' },
  CALENDAR_BAD_ARGUMENT: { status: 400, zh: '天数须为不小于 0 的整数', en: 'The day count must be a whole number ≥ 0' },
  CALENDAR_BAD_DATA: { status: 400, zh: '节假日数据格式不正确', en: 'The holiday data is malformed' },
  CALENDAR_RANGE_TOO_LONG: { status: 400, zh: '查询范围过长：每次最多查询 400 天，且开始日期不能晚于结束日期', en: 'The range may span at most 400 days and must not end before it starts' },
  CALENDAR_NATIONAL_DAY_UNDELETABLE: { status: 400, zh: '全国统一的节假日安排不能删除，只能修改；可删除的是本地区的调整', en: 'National days can be edited but not deleted; only regional overrides can be removed' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests' },
  SERVICE_UNAVAILABLE: { status: 503, zh: '服务暂不可用，请稍后再试', en: 'Service unavailable, try again later' },
  INTERNAL: { status: 500, zh: '系统内部错误，已记录，请联系管理员', en: 'Internal error; it has been logged' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalog;
export type Lang = 'zh' | 'en';

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return errorCatalog[code][lang];
}
