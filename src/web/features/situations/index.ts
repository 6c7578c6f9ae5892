// 情形引导 (decision 0029): the picker the portal, the consultation desk and intake share.
export { AddedConditions, SituationPicker, type SituationPickerProps } from './SituationPicker.tsx';
