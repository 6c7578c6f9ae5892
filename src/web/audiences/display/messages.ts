export default {
  zh: {
    title: '叫号屏',
    purpose: '大厅里的所有人在这里看到叫号（带语音播报）、各类等候人数和办件公示。',
    now: '目前没有叫号，也没有等候人数或公示内容。',
    next: '叫号和等候人数随“大厅”功能上线，办件公示随“办件”功能上线。',
  },
  en: {
    title: 'Calling display',
    purpose: 'Everyone in the hall sees the calls (spoken aloud), waiting counts and the public case list here.',
    now: 'There are no calls, waiting counts or public cases to show yet.',
    next: 'Calls and waiting counts arrive with the hall; the public case list with cases.',
  },
};
