import type { Command } from 'commander';

/** PLACEHOLDER until its issue lands. */
export function registerTag(program: Command): void {
  program.command('tag').description('(not yet implemented)').action(() => {
    process.stderr.write('khabar tag: not implemented yet\n');
    process.exitCode = 2;
  });
}
