import type { NotificationEvent } from '../types.ts';

/** 网上办事大厅 accounts: the sign-in code, SMS only, its code required in every wording. */
export const citizenEvents = {
  'citizen.sign-in-code': {
    label: { zh: '登录验证码', en: 'Sign-in code' },
    group: 'security',
    channels: ['sms'],
    required: ['code'],
    secret: true,
    variables: { code: '482913', minutes: '5' },
    templates: {
      zh: { subject: '登录验证码', body: '【一窗通办】您的登录验证码为{code}，{minutes}分钟内有效，请勿告诉他人。' },
      en: { subject: 'Your sign-in code', body: '[OneWindow] Your sign-in code is {code}, valid for {minutes} minutes. Do not share it.' },
    },
  },
} as const satisfies Record<string, NotificationEvent>;
