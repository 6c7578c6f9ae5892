import app from '../app/messages.ts';
import consoleMessages from '../audiences/console/messages.ts';

export default { ...app.en, console: consoleMessages.en };
