import { startServer } from '@khabar/language-server';
import type { Command } from 'commander';

/** `khabar lsp`: the language server over stdio (or Node IPC, for clients that spawn it that way). */
export function registerLsp(program: Command): void {
  program
    .command('lsp')
    .description('serve the Khabar language server (LSP) over stdio, for any editor')
    .option('--stdio', 'talk over stdin/stdout (the default)')
    .option('--node-ipc', 'talk over Node IPC (when started by vscode-languageclient)')
    // LSP clients add their own flags (e.g. --clientProcessId=<pid>); vscode-languageserver reads those itself.
    .allowUnknownOption()
    .allowExcessArguments()
    .action((options: { nodeIpc?: boolean }) => {
      startServer(options.nodeIpc ? 'auto' : 'stdio');
    });
}
