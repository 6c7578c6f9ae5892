// The case (办件) as the staff screens show it: the case page, the outcome buttons and the checklist.
import './messages.ts';
export { CaseHeader, CaseView, checklistOf, materialsOf } from './CaseView.tsx';
export { CaseActionBar } from './CaseActionBar.tsx';
export { ChecklistEditor, initialEntry, type ChecklistMaterial } from './ChecklistEditor.tsx';
export { CameraCapture } from './CameraCapture.tsx';
export { FlagTags, LevelTag, StateTag, WarningLegend, levelColor, stateColor } from './tags.tsx';
export * from './api.ts';
export { createScanDetector, scannedCaseNumber } from './scanner.ts';
// 上报件 (decision 0035)
export { EscalationBadge, EscalationCard } from './EscalationCard.tsx';
export { useCaseEscalation } from './escalation.api.ts';
