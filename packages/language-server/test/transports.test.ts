import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';
import type { InitializeResult } from 'vscode-languageserver-protocol';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const NODE_SOURCE = ['--conditions=source', '--import', 'tsx'];

/** initialize → shutdown → exit, and the exit code. */
async function handshake(client: MessageConnection, exited: Promise<number | null>) {
  client.listen();
  const result = (await client.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
  })) as InitializeResult;
  await client.sendNotification('initialized', {});
  await client.sendRequest('shutdown');
  await client.sendNotification('exit');
  const code = await exited;
  client.dispose();
  return { name: result.serverInfo?.name, code };
}

describe('transports', () => {
  it('`khabar lsp` serves over stdio, whatever flags the client adds', async () => {
    const child = spawn(
      process.execPath,
      [...NODE_SOURCE, 'apps/cli/src/main.ts', 'lsp', '--stdio', `--clientProcessId=${process.pid}`],
      {
        cwd: repoRoot,
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const client = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    expect(await handshake(client, exited)).toEqual({ name: 'khabar-language-server', code: 0 });
  }, 30_000);

  it('exits when the client closes stdin without shutting down (no orphaned servers)', async () => {
    for (const args of [['packages/language-server/src/bin.ts'], ['apps/cli/src/main.ts', 'lsp']]) {
      const child = spawn(process.execPath, [...NODE_SOURCE, ...args], {
        cwd: repoRoot,
        stdio: ['pipe', 'ignore', 'inherit'],
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.stdin.end();
      expect(await exited).toBe(1);
    }
  }, 30_000);

  it('the bin serves over Node IPC (--node-ipc), as vscode-languageclient starts it', async () => {
    const child = spawn(
      process.execPath,
      [...NODE_SOURCE, 'packages/language-server/src/bin.ts', '--node-ipc'],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const client = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    expect(await handshake(client, exited)).toEqual({ name: 'khabar-language-server', code: 0 });
  }, 30_000);
});
