import type { Command } from 'commander';

/** PLACEHOLDER until its issue lands. */
export function registerEval(program: Command): void {
  program.command('eval').description('(not yet implemented)').action(() => {
    process.stderr.write('khabar eval: not implemented yet\n');
    process.exitCode = 2;
  });
}
