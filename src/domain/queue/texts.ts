// What the hall hears and reads when a number is called (FACTS §H). Templates are per center
// settings; these are the defaults.

export const DEFAULT_VOICE_TEMPLATE = '请{票号}号到{窗口}号窗口办理';
export const DEFAULT_LED_TEMPLATE = '请{票号}到{窗口}号窗口';

export const TEMPLATE_FIELDS = ['票号', '窗口'] as const;

export interface CallFields {
  ticketNumber: string;
  windowNumber: string;
}

/** Fills {票号} and {窗口}; any other {…} is left as written so a typo shows on the screen, not a blank. */
export function renderCallText(template: string, f: CallFields): string {
  return template.replaceAll('{票号}', f.ticketNumber).replaceAll('{窗口}', f.windowNumber);
}

/** A template must name the ticket number, or the hall would hear a call for nobody. */
export function isValidCallTemplate(template: string): boolean {
  return template.includes('{票号}') && template.length <= 100;
}

export function voiceText(f: CallFields, template = DEFAULT_VOICE_TEMPLATE): string {
  return renderCallText(template, f);
}

export function ledText(f: CallFields, template = DEFAULT_LED_TEMPLATE): string {
  return renderCallText(template, f);
}
