// Runs inside a worker thread: extracts the articles it is sent and answers
// with how many it did (and, when asked, the extractions themselves).
import { parentPort } from 'node:worker_threads';
import { extract } from '../src/ingest/extract/extract';
import { articleFromInput } from '../src/ingest/parse';
import type { ArticleInput } from '../src/ingest/parse';
import type { Extraction } from '../src/ingest/types';
import type { WorkerReply, WorkerRequest } from './workerMessages';

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    const extractions: Extraction[] = [];
    let bytes = 0;
    for (const input of request.inputs as ArticleInput[]) {
      const extraction = extract(articleFromInput(input));
      bytes += Buffer.byteLength(input.text, 'utf8');
      if (request.returnExtractions) extractions.push(extraction);
    }
    const reply: WorkerReply = {
      id: request.id,
      count: request.inputs.length,
      bytes,
      extractions: request.returnExtractions ? extractions : [],
    };
    parentPort?.postMessage(reply);
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: String(error) });
  }
});
