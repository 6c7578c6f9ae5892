import edit from './messages/edit.ts';
import fields from './messages/fields.ts';
import guide from './messages/guide.ts';
import screens from './messages/screens.ts';
import excel from './messages/excel.ts';
import files from './messages/files.ts';
import situations from './messages/situations.ts';
import bundles from './messages/bundles.ts';

// Mounted under `console.catalog` by the console's messages.ts.
const parts = [fields, screens, guide, edit, excel, files, situations, bundles];
const pick = <L extends 'zh' | 'en'>(lang: L) =>
  Object.assign({}, ...parts.map((p) => p[lang])) as typeof fields.zh & typeof screens.zh & typeof guide.zh & typeof edit.zh & typeof excel.zh & typeof files.zh & typeof situations.zh & typeof bundles.zh;

export default { zh: pick('zh'), en: pick('en') };
