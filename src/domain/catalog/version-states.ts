// Life of an item version (SPEC §2): draft → published → retired. A published version is
// never edited: a change is a new draft copied from it, and cases stay pinned to the version
// they were accepted under. The transitions are data so the console offers exactly the
// actions the server accepts.

export const versionStates = ['draft', 'published', 'retired'] as const;
export type VersionState = (typeof versionStates)[number];

export const versionActions = ['edit', 'publish', 'retire', 'supersede'] as const;
export type VersionAction = (typeof versionActions)[number];

interface Transition {
  state: VersionState;
  action: VersionAction;
  next: VersionState;
  why: string;
}

export const versionTransitions = [
  { state: 'draft', action: 'edit', next: 'draft', why: 'Only a draft may change; what the public saw stays as it was.' },
  { state: 'draft', action: 'publish', next: 'published', why: 'The guide passed checkPublishable and becomes what the hall and portal use.' },
  { state: 'published', action: 'supersede', next: 'retired', why: 'A newer version was published; this one ends (valid_to) but stays for pinned cases.' },
  { state: 'published', action: 'retire', next: 'retired', why: 'The item is withdrawn (cancelled or moved); no new applications.' },
] as const satisfies readonly Transition[];

/** Actions allowed per state; `satisfies Record` makes a forgotten state a compile error. */
export const actionsByState = {
  draft: ['edit', 'publish'],
  published: ['supersede', 'retire'],
  retired: [],
} as const satisfies Record<VersionState, readonly VersionAction[]>;

/** The state after `action`, or undefined when the action is not allowed in `state`. */
export function nextState(state: VersionState, action: VersionAction): VersionState | undefined {
  return versionTransitions.find((t) => t.state === state && t.action === action)?.next;
}

export function canDo(state: VersionState, action: VersionAction): boolean {
  return nextState(state, action) !== undefined;
}

export const versionStateLabels = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  retired: { zh: '已废止', en: 'Retired' },
} as const satisfies Record<VersionState, { zh: string; en: string }>;
