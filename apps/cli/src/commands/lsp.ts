import type { Command } from 'commander';

/** PLACEHOLDER until its issue lands. */
export function registerLsp(program: Command): void {
  program.command('lsp').description('(not yet implemented)').action(() => {
    process.stderr.write('khabar lsp: not implemented yet\n');
    process.exitCode = 2;
  });
}
