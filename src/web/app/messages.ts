import { registerMessages } from '../i18n/index.ts';

// The shell's own words (product name, sign-in, the staff layout), at the root of the keys.
// Audiences, features and ui register their own. Keys and wording in both languages side by side.
const zh = {
  shell: {
    productName: '一窗通办',
    signOut: '退出登录',
    surface: { workbench: '工作台', console: '管理控制台', supervision: '电子监察', portal: '网上办事大厅', kiosk: '取号机', display: '叫号屏', rate: '评价器' },
  },
  login: {
    subtitle: '政务服务中心工作人员系统',
    title: '工作人员登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    required: '请填写此项',
    codeFormat: '请输入 6 位数字动态口令',
    back: '返回重新输入账号',
    publicLinks: '办事群众与大厅设备：',
    notice: {
      required: '请先登录。',
      expired: '登录已失效，请重新登录。',
      idle: '长时间未操作，已自动退出登录。',
      'signed-out': '已安全退出。',
    },
    totp: { title: '动态口令验证', hint: '请打开手机上的身份验证器应用，输入“一窗通办”显示的 6 位数字。', code: '动态口令', submit: '验证' },
    change: {
      title: '首次登录，请修改密码',
      policy: '新密码至少 {{min}} 位，且包含大写字母、小写字母、数字、符号中的至少三类；不能与当前密码相同。',
      current: '当前密码',
      new: '新密码',
      confirm: '再次输入新密码',
      weak: '密码强度不足：至少 10 位，并包含四类字符中的三类',
      mismatch: '两次输入的新密码不一致',
      submit: '修改密码',
    },
    enrol: {
      title: '绑定动态口令（TOTP）',
      hint: '管理员账号须绑定手机身份验证器后才能使用系统。请先再次输入登录密码。',
      password: '登录密码',
      start: '下一步',
      scan: '请用身份验证器应用（如微信小程序“腾讯身份验证器”、Google Authenticator）扫描二维码：',
      qrAlt: '动态口令绑定二维码',
      secret: '无法扫码时，请在应用中手动输入密钥：',
      backupHint: '请抄写并妥善保管以下备用码：手机丢失时每个备用码可代替动态口令使用一次。',
      code: '输入应用显示的 6 位动态口令以完成绑定',
      confirm: '完成绑定',
    },
  },
};

const en: typeof zh = {
  shell: {
    productName: 'OneWindow',
    signOut: 'Sign out',
    surface: { workbench: 'Workbench', console: 'Console', supervision: 'Supervision', portal: 'Online hall', kiosk: 'Kiosk', display: 'Calling display', rate: 'Rating tablet' },
  },
  login: {
    subtitle: 'Government service center staff system',
    title: 'Staff sign-in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    required: 'Required',
    codeFormat: 'Enter the 6-digit one-time code',
    back: 'Back to username and password',
    publicLinks: 'For citizens and hall devices:',
    notice: {
      required: 'Please sign in.',
      expired: 'Your session has ended; please sign in again.',
      idle: 'You were signed out after a period of inactivity.',
      'signed-out': 'You have signed out.',
    },
    totp: { title: 'One-time code', hint: 'Open the authenticator app on your phone and enter the 6 digits it shows for OneWindow.', code: 'One-time code', submit: 'Verify' },
    change: {
      title: 'First sign-in: choose a new password',
      policy: 'At least {{min}} characters from three of: upper case, lower case, digits, symbols; different from the current password.',
      current: 'Current password',
      new: 'New password',
      confirm: 'New password again',
      weak: 'Too weak: 10+ characters from three of the four classes',
      mismatch: 'The two new passwords differ',
      submit: 'Change password',
    },
    enrol: {
      title: 'Set up a one-time code (TOTP)',
      hint: 'Administrator accounts must bind an authenticator app before using the system. Enter your password again first.',
      password: 'Password',
      start: 'Next',
      scan: 'Scan the QR code with an authenticator app (Tencent Authenticator, Google Authenticator, …):',
      qrAlt: 'QR code for binding the one-time code',
      secret: 'If you cannot scan, enter this key in the app by hand:',
      backupHint: 'Write down and keep these backup codes safe: if you lose the phone, each one replaces a one-time code once.',
      code: 'Enter the 6-digit code the app shows to finish',
      confirm: 'Finish',
    },
  },
};

export default registerMessages(null, { zh, en });
