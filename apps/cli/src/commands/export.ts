import type { Command } from 'commander';

/** PLACEHOLDER until its issue lands. */
export function registerExport(program: Command): void {
  program.command('export').description('(not yet implemented)').action(() => {
    process.stderr.write('khabar export: not implemented yet\n');
    process.exitCode = 2;
  });
}
