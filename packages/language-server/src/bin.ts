#!/usr/bin/env node
import { startServer } from './start.js';

const transportFlags = ['--stdio', '--node-ipc', '--socket', '--pipe'];
const named = process.argv.slice(2).some((arg) => transportFlags.some((flag) => arg.startsWith(flag)));
// With no transport flag, stdio: what every editor's LSP client expects from a bare command.
startServer(named ? 'auto' : 'stdio');
