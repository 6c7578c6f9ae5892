import type { getPublicGuide } from '../catalog/index.ts';

/** The published guide as the catalog module gives it to the public. */
export type PublicGuide = Awaited<ReturnType<typeof getPublicGuide>>;
