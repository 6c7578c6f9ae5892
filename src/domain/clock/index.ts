// Public API of the case clock (pure; takes a WorkCalendar from src/domain/calendar).
export {
  ClockError,
  PAUSE_KINDS,
  dueDate,
  remainingWorkdays,
  warningLevel,
  type CaseClock,
  type ClockDuration,
  type ClockExtension,
  type ClockOptions,
  type ClockPause,
  type ClockUnit,
  type DueDateResult,
  type PauseKind,
  type WarningLevel,
} from './clock.ts';
