export default {
  zh: {
    title: '网上办事大厅',
    purpose: '群众和企业在手机上查看办事指南、在线申办、预约、查询办件进度、评价与投诉、领取电子证照。',
    nowTitle: '目前可用',
    now: '网上办事大厅尚未开放任何办事功能：这里暂时没有可查询或可办理的内容。',
    nextTitle: '即将上线',
    next: '办事指南随“事项目录”功能上线；预约随“大厅”功能上线；在线申办、进度查询、评价投诉和电子证照随“办件”功能上线。',
    staff: '工作人员登录',
  },
  en: {
    title: 'Online Service Hall',
    purpose: 'Citizens and enterprises read service guides, apply online, book appointments, follow their cases, rate and complain, and collect e-certificates — from their phones.',
    nowTitle: 'Available now',
    now: 'The online hall offers no services yet: there is nothing to look up or apply for here at the moment.',
    nextTitle: 'Coming',
    next: 'Service guides arrive with the catalog; appointments with the hall; online applications, progress, ratings, complaints and e-certificates with cases.',
    staff: 'Staff sign-in',
  },
};
