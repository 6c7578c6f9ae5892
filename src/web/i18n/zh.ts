import app from '../app/messages.ts';
import consoleMessages from '../audiences/console/messages.ts';
import forms from '../features/forms/messages.ts';

// Each area owns its messages file ({zh, en}); this merges them per language.
export default { ...app.zh, console: consoleMessages.zh, forms: forms.zh };
