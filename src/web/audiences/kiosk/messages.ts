export default {
  zh: {
    title: '自助取号机',
    purpose: '来大厅办事的群众在这里取号、预约签到、查询办件进度。',
    now: '本机暂不能取号，也不能签到或查询。',
    next: '取号和预约签到随“大厅”功能上线，办件查询随“办件”功能上线。如需办事，请到咨询台。',
  },
  en: {
    title: 'Ticket kiosk',
    purpose: 'Visitors take a queue ticket, check in an appointment or look up a case here.',
    now: 'This kiosk cannot issue tickets, check in or look up cases yet.',
    next: 'Tickets and appointment check-in arrive with the hall; case look-up with cases. Please ask at the help desk.',
  },
};
