// Per-device settings of a kiosk, kept in its browser: the receipt printer differs from one
// kiosk to the next, so this is not a hall setting on the server.

export type Paper = '58' | '80';

export interface KioskSettings {
  paper: Paper;
  autoPrint: boolean;
}

const KEY = 'ow.kiosk.settings';
const defaults: KioskSettings = { paper: '80', autoPrint: true };

export function readKioskSettings(): KioskSettings {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<KioskSettings>;
    return { paper: saved.paper === '58' ? '58' : defaults.paper, autoPrint: saved.autoPrint ?? defaults.autoPrint };
  } catch {
    return defaults;
  }
}

export function saveKioskSettings(s: KioskSettings): void {
  localStorage.setItem(KEY, JSON.stringify(s));
}
