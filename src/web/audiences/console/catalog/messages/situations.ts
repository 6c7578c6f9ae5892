// 情形引导 in the draft editor (decision 0029).
const zh = {
  situationsEdit: {
    hint: '申请人回答这些问题后，办事指南、一次性告知单和窗口收件清单只显示与其情形相符的材料。选项按材料名称要求或免除材料；不回答则显示全部材料。',
    add: '添加情形问题',
    question: '情形问题',
    questionPlaceholder: '如：申请人是否本人办理',
    options: '选项',
    addOption: '添加选项',
    option: '选项',
    optionPlaceholder: '如：委托他人办理',
    requires: '须提交的材料',
    requiresHint: '选择此项时这些材料为必交',
    drops: '无需提交的材料',
    dropsHint: '选择此项时不再要求这些材料',
    conditions: '选择此项时另需满足的条件',
    noMaterials: '请先在“申请材料”中添加材料',
  },
};

const en: typeof zh = {
  situationsEdit: {
    hint: 'Once the applicant answers these questions, the guide, the one-time notice and the window checklist show only the materials that fit their situation. An option makes materials required or removes them, by name; with no answer every material is shown.',
    add: 'Add a question',
    question: 'Question',
    questionPlaceholder: 'e.g. Does the applicant apply in person?',
    options: 'Options',
    addOption: 'Add an option',
    option: 'Option',
    optionPlaceholder: 'e.g. Through an agent',
    requires: 'Materials it requires',
    requiresHint: 'These become required when this option is chosen',
    drops: 'Materials it removes',
    dropsHint: 'These are no longer asked for when this option is chosen',
    conditions: 'Added acceptance conditions',
    noMaterials: 'Add materials under “Materials” first',
  },
};

export default { zh, en };
