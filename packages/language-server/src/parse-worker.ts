/**
 * The worker-thread side of WorkerParser: parses with the core and posts back the mentions (packed, see
 * mention-packing.ts), entities, diagnostics and document date. It runs only in a worker started with `workerData.role === PARSE_WORKER_ROLE`, so any entry
 * module may import it: the bin does, which lets a single-file bundle of the bin be its own parse worker.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type Knowledge, parse } from '@khabar/core';
import { packedBuffers, packMentions } from './mention-packing.js';
import { knowledgeFor, parseForServer } from './parser.js';
import { PARSE_WORKER_ROLE, type WorkerRequest, type WorkerResponse } from './worker-protocol.js';

function serveParses(port: NonNullable<typeof parentPort>): void {
  let knowledge: Knowledge | undefined;
  port.on('message', (message: WorkerRequest) => {
    if (message.type === 'lexicon') {
      knowledge = knowledgeFor(message.entries);
      return;
    }
    const { text, ...document } = parseForServer(parse, message.text, knowledge, message.documentDate);
    const packed = packMentions(document.mentions);
    if (!packed) {
      port.postMessage({ id: message.id, document } satisfies WorkerResponse);
      return;
    }
    const response: WorkerResponse = { id: message.id, document: { ...document, mentions: [] }, packed };
    port.postMessage(response, packedBuffers(packed));
  });
}

if (!isMainThread && parentPort && (workerData as { role?: unknown } | null)?.role === PARSE_WORKER_ROLE) {
  serveParses(parentPort);
}
