#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';
// In a parse worker started from this very file (see workerScript below), this import is the whole job.
import './parse-worker.js';
import { startServer } from './start.js';

if (isMainThread) {
  const transportFlags = ['--stdio', '--node-ipc', '--socket', '--pipe'];
  const named = process.argv.slice(2).some((arg) => transportFlags.some((flag) => arg.startsWith(flag)));
  // With no transport flag, stdio: what every editor's LSP client expects from a bare command. The bin is its own
  // parse worker, so a single-file bundle of it (the VS Code extension's server.cjs) parses off the main thread.
  startServer(named ? 'auto' : 'stdio', { parseInWorker: true, workerScript: new URL(import.meta.url) });
}
