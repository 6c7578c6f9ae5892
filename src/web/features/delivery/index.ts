// 出件送达 (issue #18): the case page's delivery card, the signature pad, the queue and the cabinet's call.
import './messages.ts';
export { DeliveryCard } from './DeliveryCard.tsx';
export { SignaturePad } from './SignaturePad.tsx';
export { pickUp, useDeliveryQueue } from './api.ts';
