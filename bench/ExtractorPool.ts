// A pool of extraction worker threads, one per core by default. Workers run
// TypeScript through tsx (extractWorker.cjs registers it).
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../src/ingest/types';
import type { BenchArticle } from './benchArticle';
import type { WorkerReply, WorkerRequest } from './workerMessages';

const WORKER_ENTRY = path.join(__dirname, 'extractWorker.cjs');

export interface PoolResult {
  count: number;
  bytes: number;
  extractions: Extraction[];
}

export class ExtractorPool {
  private readonly workers: Worker[];
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }
  >();

  constructor(readonly size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_ENTRY);
      worker.on('message', (reply: WorkerReply) => {
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (reply.error) waiting?.reject(new Error(reply.error));
        else waiting?.resolve(reply);
      });
      worker.on('error', (error) => {
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      });
      return worker;
    });
  }

  private send(worker: Worker, inputs: BenchArticle[], returnExtractions: boolean) {
    const id = this.nextId++;
    return new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: WorkerRequest = { id, inputs, returnExtractions };
      worker.postMessage(request);
    });
  }

  /** Extracts `inputs` split evenly over the workers; extractions come back in input order. */
  async extract(inputs: readonly BenchArticle[], returnExtractions: boolean): Promise<PoolResult> {
    const share = Math.ceil(inputs.length / this.workers.length);
    const replies = await Promise.all(
      this.workers.map((worker, index) =>
        this.send(worker, inputs.slice(index * share, (index + 1) * share), returnExtractions),
      ),
    );
    return {
      count: replies.reduce((sum, reply) => sum + reply.count, 0),
      bytes: replies.reduce((sum, reply) => sum + reply.bytes, 0),
      extractions: replies.flatMap((reply) => reply.extractions),
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
