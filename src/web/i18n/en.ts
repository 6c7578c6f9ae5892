import app from '../app/messages.ts';
import consoleMessages from '../audiences/console/messages.ts';
import forms from '../features/forms/messages.ts';

export default { ...app.en, console: consoleMessages.en, forms: forms.en };
