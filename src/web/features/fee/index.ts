// Fees (收费, issue #18): the case page's fee card and the notices table the cashier works from.
import './messages.ts';
export { FeeCard } from './FeeCard.tsx';
export { FeeNoticeTable } from './FeeNoticeTable.tsx';
export * from './api.ts';
