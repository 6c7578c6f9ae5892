import appointments from './messages/appointments.ts';
import day from './messages/day.ts';
import setup from './messages/setup.ts';

// Mounted under `console.hall` by the console's messages.ts.
export default { zh: { ...setup.zh, ...day.zh, ...appointments.zh }, en: { ...setup.en, ...day.en, ...appointments.en } };
