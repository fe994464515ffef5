// Real VS Code for the end-to-end tests: code-server (installed by e2e/setup.sh, cached outside the checkout),
// isolated in a temporary home so it never touches the user's own settings, extensions or $HOME.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export interface E2eEnvironment {
  readonly node: string;
  readonly codeServer: string;
  readonly chromium: string;
}

export function e2eCacheDir(): string {
  return process.env.KHABAR_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'khabar-e2e');
}

/** Paths written by setup.sh; a clear error when it has not run. */
export function readEnvironment(): E2eEnvironment {
  const file = path.join(e2eCacheDir(), 'env.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as E2eEnvironment;
  } catch {
    throw new Error(`${file} is missing: run apps/vscode/e2e/setup.sh first (pnpm test:e2e does)`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export class CodeServer {
  private process: ChildProcess | undefined;
  private port = 0;
  private readonly config: string;
  private readonly userData: string;
  private readonly extensions: string;
  readonly log: string;

  constructor(
    private readonly env: E2eEnvironment,
    private readonly home: string,
  ) {
    this.config = path.join(home, 'config.yaml');
    this.userData = path.join(home, 'user-data');
    this.extensions = path.join(home, 'extensions');
    this.log = path.join(home, 'code-server.log');
    mkdirSync(path.join(this.userData, 'User'), { recursive: true });
    mkdirSync(this.extensions, { recursive: true });
  }

  /** code-server writes under $HOME and XDG folders even for --version: keep all of it in the temp home. */
  private processEnv(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      HOME: this.home,
      XDG_CONFIG_HOME: path.join(this.home, 'xdg-config'),
      XDG_DATA_HOME: path.join(this.home, 'xdg-data'),
      XDG_CACHE_HOME: path.join(this.home, 'xdg-cache'),
      PATH: `${path.dirname(this.env.node)}:${process.env.PATH ?? ''}`,
    };
  }

  private args(): string[] {
    return ['--config', this.config, '--user-data-dir', this.userData, '--extensions-dir', this.extensions];
  }

  writeSettings(settings: Record<string, unknown>): void {
    writeFileSync(
      path.join(this.userData, 'User', 'settings.json'),
      `${JSON.stringify(settings, null, 2)}\n`,
    );
  }

  async install(vsix: string): Promise<string> {
    this.writeConfig();
    const { stdout, stderr } = await promisify(execFile)(
      this.env.codeServer,
      [...this.args(), '--install-extension', vsix, '--force'],
      { env: this.processEnv(), timeout: 120_000 },
    );
    return `${stdout}${stderr}`;
  }

  private writeConfig(): void {
    writeFileSync(
      this.config,
      [
        `bind-addr: 127.0.0.1:${this.port || 0}`,
        'auth: none',
        'cert: false',
        'disable-telemetry: true',
        'disable-update-check: true',
        'disable-workspace-trust: true',
        '',
      ].join('\n'),
    );
  }

  async start(): Promise<void> {
    this.port = await freePort();
    this.writeConfig();
    const out = path.join(this.home, 'code-server.log');
    const { openSync } = await import('node:fs');
    const fd = openSync(out, 'a');
    // Its own process group, so stop() ends code-server and every extension host it started.
    this.process = spawn(this.env.codeServer, [...this.args(), '--reconnection-grace-time', '10'], {
      env: this.processEnv(),
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) throw new Error(`code-server exited early; see ${out}`);
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/healthz`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`code-server did not answer within 60 s; see ${out}`);
  }

  /** The workbench URL that opens `folder` and then `file` in it. */
  url(folder: string, file?: string): string {
    const base = `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(folder)}`;
    if (!file) return base;
    const payload = JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${this.port}${file}`]]);
    return `${base}&payload=${encodeURIComponent(payload)}`;
  }

  stop(): void {
    const pid = this.process?.pid;
    if (pid === undefined || this.process?.exitCode !== null) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
