// The record by which commands find the local Neo4j of a data folder, and the
// decision whether to join it, without a database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  endpointFilePath,
  parseEndpointRecord,
  readEndpointRecord,
  removeEndpointRecord,
  writeEndpointRecord,
} from '../../../src/neo4j/endpointFile';
import { classifyRecord } from '../../../src/neo4j/runningNeo4j';

const RECORD = {
  uri: 'bolt://127.0.0.1:41234',
  port: 41234,
  pid: 4242,
  ownerPid: 4200,
  startedAt: '2026-12-05T18:00:00.000Z',
};

describe('parseEndpointRecord', () => {
  it('reads what writeEndpointRecord writes', () => {
    expect(parseEndpointRecord(JSON.stringify(RECORD))).toEqual(RECORD);
  });

  it.each([
    ['half a file', '{"uri": "bolt://127.0.0.1:41'],
    ['not JSON', 'pid=4242'],
    ['no pid', JSON.stringify({ ...RECORD, pid: undefined })],
    ['another host', JSON.stringify({ ...RECORD, uri: 'bolt://db.example:7687' })],
    ['a port out of range', JSON.stringify({ ...RECORD, port: 70000 })],
  ])('takes %s as no record', (_what, text) => {
    expect(parseEndpointRecord(text)).toBeUndefined();
  });
});

describe('the record on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'diplograph-endpoint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is written whole, read back, and removed only by the pid it names', () => {
    expect(readEndpointRecord(dir)).toBeUndefined();
    writeEndpointRecord(dir, RECORD);
    expect(readEndpointRecord(dir)).toEqual(RECORD);
    removeEndpointRecord(dir, 9999);
    expect(readEndpointRecord(dir)).toEqual(RECORD);
    removeEndpointRecord(dir, RECORD.pid);
    expect(readEndpointRecord(dir)).toBeUndefined();
  });

  it('reads an unreadable record as none, and removes it without a pid', () => {
    writeFileSync(endpointFilePath(dir), 'garbage');
    expect(readEndpointRecord(dir)).toBeUndefined();
    removeEndpointRecord(dir);
    expect(readEndpointRecord(dir)).toBeUndefined();
  });
});

describe('classifyRecord', () => {
  it.each([
    [false, false, { state: 'stale', record: RECORD, launcherAlive: false }],
    [true, false, { state: 'stale', record: RECORD, launcherAlive: true }],
    [false, true, { state: 'stale', record: RECORD, launcherAlive: false }],
    [true, true, { state: 'running', record: RECORD }],
  ])('launcher alive %s, Bolt answers %s → %j', (alive, answers, expected) => {
    expect(classifyRecord(RECORD, alive, answers)).toEqual(expected);
  });

  it('is absent without a record', () => {
    expect(classifyRecord(undefined, true, true)).toEqual({ state: 'absent' });
  });
});
