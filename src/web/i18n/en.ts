import app from '../app/messages.ts';
import consoleMessages from '../audiences/console/messages.ts';
import forms from '../features/forms/messages.ts';
import caseMessages from '../features/case/messages.ts';

export default { ...app.en, console: consoleMessages.en, forms: forms.en, case: caseMessages.en };
