// Structured JSON logs on stderr (stdout stays free for CLI output such as
// `extract`'s JSON Lines).
import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'diplograph' } }, pino.destination(2));
}
