import app from '../app/messages.ts';
import consoleMessages from '../audiences/console/messages.ts';
import forms from '../features/forms/messages.ts';
import caseMessages from '../features/case/messages.ts';

// Each area owns its messages file ({zh, en}); this merges them per language.
export default { ...app.zh, console: consoleMessages.zh, forms: forms.zh, case: caseMessages.zh };
