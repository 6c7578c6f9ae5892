// Hall queue console: the day's statistics and closing the day.
const zh = {
  stats: {
    date: '日期',
    byCategory: '按类别',
    byWindow: '按窗口',
    byStaff: '按人员',
    category: '类别',
    window: '窗口',
    staff: '人员',
    tickets: '取号',
    done: '办结',
    noShow: '过号',
    cancelled: '取消',
    closed: '日终关闭',
    medianWait: '等候中位数',
    maxWait: '最长等候',
    medianService: '办理中位数',
    empty: '当天没有排队记录',
    unknown: '（未知）',
  },
  close: {
    button: '日终关闭',
    title: '日终关闭 {{date}}',
    hint: '将该日仍在等候、呼叫、办理中或挂起的票号全部关闭（记录原因），号码不会再被呼叫。通常在大厅下班后操作。',
    reason: '关闭原因',
    reasonDefault: '大厅下班，日终关闭',
    required: '请填写关闭原因',
    done: '已完成日终关闭',
  },
};

const en: typeof zh = {
  stats: {
    date: 'Date',
    byCategory: 'By category',
    byWindow: 'By window',
    byStaff: 'By staff member',
    category: 'Category',
    window: 'Window',
    staff: 'Staff',
    tickets: 'Issued',
    done: 'Done',
    noShow: 'No-show',
    cancelled: 'Cancelled',
    closed: 'Closed at day end',
    medianWait: 'Median wait',
    maxWait: 'Longest wait',
    medianService: 'Median service',
    empty: 'No queue records that day',
    unknown: '(unknown)',
  },
  close: {
    button: 'Close the day',
    title: 'Close {{date}}',
    hint: 'Closes every ticket of that day still waiting, called, being served or parked, with the reason; none of them will be called again. Usually done after the hall closes.',
    reason: 'Reason',
    reasonDefault: 'Hall closed for the day',
    required: 'Please give a reason',
    done: 'The day is closed',
  },
};

export default { zh, en };
