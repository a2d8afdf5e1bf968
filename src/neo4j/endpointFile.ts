// The owner of a local Neo4j writes where it listens next to its data
// (<dataDir>/endpoint.json), so that every other command on that folder
// connects to it instead of starting a second Neo4j on a locked store.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const ENDPOINT_FILE = 'endpoint.json';

const endpointRecordSchema = z.object({
  uri: z.string().regex(/^bolt:\/\/127\.0\.0\.1:\d+$/),
  port: z.number().int().min(1).max(65535),
  /** The launcher (java) process: alive while the database may be. */
  pid: z.number().int().positive(),
  /** The process that started it (`serve`, `ingest`, `db:start`…), for `status`. */
  ownerPid: z.number().int().positive().optional(),
  startedAt: z.string(),
});

export type EndpointRecord = z.infer<typeof endpointRecordSchema>;

export function endpointFilePath(dataDir: string): string {
  return path.join(dataDir, ENDPOINT_FILE);
}

/** The record in a file's text; undefined for anything else (half-written, edited, old format). */
export function parseEndpointRecord(text: string): EndpointRecord | undefined {
  try {
    const parsed = endpointRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function readEndpointRecord(dataDir: string): EndpointRecord | undefined {
  try {
    return parseEndpointRecord(readFileSync(endpointFilePath(dataDir), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Written beside and renamed, so a reader never sees half a file. */
export function writeEndpointRecord(dataDir: string, record: EndpointRecord): void {
  const file = endpointFilePath(dataDir);
  const staging = `${file}.${process.pid}.tmp`;
  writeFileSync(staging, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(staging, file);
}

/** Removes the file when it still names `pid` (another owner may have replaced it). */
export function removeEndpointRecord(dataDir: string, pid?: number): void {
  const record = readEndpointRecord(dataDir);
  if (pid !== undefined && record !== undefined && record.pid !== pid) return;
  rmSync(endpointFilePath(dataDir), { force: true });
}
