import checkIn from './messages/checkin.ts';
import take from './messages/take.ts';
import ticket from './messages/ticket.ts';

// Mounted under `kiosk` by the app's messages.ts.
export default { zh: { ...take.zh, ...ticket.zh, checkIn: checkIn.zh }, en: { ...take.en, ...ticket.en, checkIn: checkIn.en } };
