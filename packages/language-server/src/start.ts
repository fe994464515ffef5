import { type Connection, createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createServer, type ServerOptions } from './server.js';

/**
 * Starts the server in this process. `stdio` serves over stdin/stdout; `auto` lets vscode-languageserver read the
 * transport from the command line (--stdio, --node-ipc, --socket=<port>, --pipe=<name>). Parsing happens in a
 * worker thread when the worker script is found beside this module.
 */
export function startServer(
  transport: 'stdio' | 'auto' = 'auto',
  options: ServerOptions = { parseInWorker: true },
): Connection {
  const connection =
    transport === 'stdio'
      ? // Streams, not message readers: then the connection also exits when the client closes stdin.
        createConnection(ProposedFeatures.all, process.stdin, process.stdout)
      : createConnection(ProposedFeatures.all);
  createServer(connection, options);
  connection.listen();
  return connection;
}
