// What machine a result was measured on: CPU, memory, runtimes, load.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { Driver } from 'neo4j-driver';

export interface MachineInfo {
  date: string;
  cpuModel: string;
  cores: number;
  memoryGb: number;
  loadAverage: number[];
  node: string;
  java: string;
  neo4j: string;
  platform: string;
}

/** First line of `java -version` (which writes to stderr). */
function javaVersionLine(): string {
  try {
    const out = execFileSync('sh', ['-c', 'java -version 2>&1'], { encoding: 'utf8' });
    return out.split('\n')[0]?.trim() || 'unknown';
  } catch {
    return 'not found';
  }
}

export async function machineInfo(driver: Driver, database: string): Promise<MachineInfo> {
  const cpus = os.cpus();
  let neo4j = 'unknown';
  try {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
      {},
      { database },
    );
    const row = records[0];
    if (row) neo4j = `${row.get('name')} ${row.get('version')} ${row.get('edition')}`;
  } catch {
    // Older servers or restricted users: leave it unknown.
  }
  return {
    date: new Date().toISOString(),
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: os.totalmem() / 1024 ** 3,
    loadAverage: os.loadavg(),
    node: process.version,
    java: javaVersionLine(),
    neo4j,
    platform: `${os.platform()} ${os.release()}`,
  };
}
