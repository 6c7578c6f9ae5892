#!/usr/bin/env node
// `npx onewindow <command>`: the TypeScript CLI run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli.ts');
