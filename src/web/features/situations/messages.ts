import { registerMessages } from '../../i18n/index.ts';

// Texts of the 情形引导 picker (decision 0029), shared by the portal guide, the consultation
// desk and the window's intake; registered under `situations` when it loads.
const zh = {
  title: '您的情形',
  hint: '选择与您相符的情形，材料清单只列出您需要提交的材料；不选则列出全部材料。',
  clear: '清除选择',
  tailored: '已按所选情形调整：需提交 {{count}} 项材料，{{dropped}} 项无需提交',
  dropped: '无需提交',
  addedConditions: '根据所选情形，还须满足',
};

const en: typeof zh = {
  title: 'Your situation',
  hint: 'Choose what fits you and the list shows only the materials you need to bring; without a choice every material is listed.',
  clear: 'Clear choices',
  tailored: 'Tailored to your answers: {{count}} materials to bring, {{dropped}} not needed',
  dropped: 'Not needed',
  addedConditions: 'For the chosen situation you must also meet',
};

registerMessages('situations', { zh, en });
