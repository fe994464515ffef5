#!/usr/bin/env node
import { Command } from 'commander';
import { registerEval } from './commands/eval.js';
import { registerExport } from './commands/export.js';
import { registerLsp } from './commands/lsp.js';
import { registerTag } from './commands/tag.js';

const program = new Command('khabar')
  .description('Arabic news entities and dates: tag articles, export a corpus to tables, serve the editor')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride((err) => {
    // Usage errors exit 2 (the documented contract); --help and --version exit 0.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

registerExport(program);
registerTag(program);
registerEval(program);
registerLsp(program);

await program.parseAsync(process.argv);
