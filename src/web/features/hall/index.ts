// Hall screens' shared parts: the public API, the live board socket, category icons, the center picker.
export * from './api.ts';
export * from './types.ts';
export { useLiveBoard, type LiveStatus } from './useLiveBoard.ts';
export { backoffDelay, missedCalls, liveUrl } from './live.ts';
export { CategoryIcon, categoryIcons } from './icons.tsx';
export { CenterPicker } from './CenterPicker.tsx';
export { useCenterParam, useIdParam } from './useCenterParam.ts';
export { QrCode } from './QrCode.tsx';
