import { registerMessages } from '../../i18n/index.ts';
import checkIn from './messages/checkin.ts';
import take from './messages/take.ts';
import ticket from './messages/ticket.ts';

// Registered under `kiosk` when the kiosk loads (its index.tsx imports this module).
export default registerMessages('kiosk', { zh: { ...take.zh, ...ticket.zh, checkIn: checkIn.zh }, en: { ...take.en, ...ticket.en, checkIn: checkIn.en } });
