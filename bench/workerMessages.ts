// Messages between the bench and its extraction worker threads.
import type { Extraction } from '../src/ingest/types';
import type { BenchArticle } from './benchArticle';

export interface WorkerRequest {
  id: number;
  inputs: BenchArticle[];
  /** Send the extractions back (ingest) or only count them (throughput). */
  returnExtractions: boolean;
}

export interface WorkerReply {
  id: number;
  count: number;
  bytes: number;
  extractions: Extraction[];
  error?: string;
}
