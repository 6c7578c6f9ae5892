// The shapes the hall API answers with come from the contract (src/contract/queue.ts, org.ts): dates arrive as ISO strings.
export type { Board, BoardCall, HallCategory, LiveMessage, PublicTicket } from '../../../contract/queue.ts';
/** GET /hall/centers: what a hall device may be set up for. */
export type { PublicCenter as HallCenter } from '../../../contract/org.ts';
