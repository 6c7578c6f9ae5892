/**
 * One side-menu entry a staff audience offers. The shell shows it when the user holds
 * `permission` (or always, without one) and the audience's surface is among theirs.
 */
export interface StaffMenuEntry {
  key: string;
  /** Absolute path ("/console/centers"). */
  path: string;
  /** i18n key of the label. */
  labelKey: string;
  permission?: string;
  /** Shown only to users holding one of these roles (pages that speak to a role, not a permission). */
  roles?: readonly string[];
}
