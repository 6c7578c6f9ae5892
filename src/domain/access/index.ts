export * from './roles.ts';
export * from './permissions.ts';
export * from './surfaces.ts';
export * from './password-policy.ts';
export * from './audit-labels.ts';
