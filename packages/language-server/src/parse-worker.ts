/**
 * The worker-thread side of WorkerParser: parses with the core and posts back the mentions, entities, diagnostics
 * and document date. Loaded only as a worker (`new Worker(...)`), never imported by the server.
 */
import { parentPort } from 'node:worker_threads';
import { type Knowledge, parse } from '@khabar/core';
import { knowledgeFor, parseForServer } from './parser.js';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.js';

let knowledge: Knowledge | undefined;

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'lexicon') {
    knowledge = knowledgeFor(message.entries);
    return;
  }
  const { text, ...document } = parseForServer(parse, message.text, knowledge, message.documentDate);
  parentPort!.postMessage({ id: message.id, document } satisfies WorkerResponse);
});
