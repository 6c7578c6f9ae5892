import { Command } from 'commander';
import { loadConfig } from './platform/config.ts';
import { registerCommands } from './cli/commands.ts';

const program = new Command('onewindow').description('OneWindow 一窗通办 — command line');
registerCommands(program, () => loadConfig());
program.parseAsync(process.argv).catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
