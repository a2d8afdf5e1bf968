// Typed configuration, read and validated once at start-up. A bad value stops
// the process with a message naming the variable (see README, Configuration).
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce.number().int().min(1).max(65535);
const byteSize = z
  .string()
  .regex(/^\d+(kb|mb|b)?$/i, 'a byte size such as 65536, 100kb or 2mb')
  .transform(parseByteSize);

/** Environment variables and their defaults. Keep in sync with the README table. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Unset: a free port for the commands, 7687 for `npm run db:start` (see neo4j/localNeo4jPort). */
  NEO4J_LOCAL_PORT: port.optional(),
  /** Unset: .neo4j/local at the package root (see neo4j/localDataDir). */
  NEO4J_LOCAL_DATA_DIR: z.string().optional(),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  NEO4J_MAX_RETRY_MS: z.coerce.number().int().nonnegative().default(5000),
  DIPLOGRAPH_API_KEYS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
    ),
  DIPLOGRAPH_PROTECT_READS: booleanFlag.default(false),
  DIPLOGRAPH_INTROSPECTION: booleanFlag.optional(),
  DIPLOGRAPH_QUERY_BODY_LIMIT: byteSize.default(100 * 1024),
  DIPLOGRAPH_INGEST_BODY_LIMIT: byteSize.default(2 * 1024 * 1024),
  DIPLOGRAPH_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30000),
  /** Unset: data/samples; empty: no samples (see config/samplesDir). */
  DIPLOGRAPH_SAMPLES_DIR: z.string().optional(),
});

export type Config = z.infer<typeof configSchema>;

/** Thrown when the environment holds an invalid value; the message names the variable. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Variables whose empty value means "none" rather than "the default". */
const EMPTY_MEANS_NONE: ReadonlySet<string> = new Set(['DIPLOGRAPH_SAMPLES_DIR']);

/** Reads the configuration from `env`; empty strings count as unset (but see EMPTY_MEANS_NONE). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && (value !== '' || EMPTY_MEANS_NONE.has(key))) relevant[key] = value;
  }
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return `${name}=${JSON.stringify(relevant[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  return parsed.data;
}

function parseByteSize(value: string): number {
  const match = /^(\d+)(kb|mb|b)?$/i.exec(value);
  const amount = Number(match?.[1] ?? 0);
  const unit = (match?.[2] ?? 'b').toLowerCase();
  return amount * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1);
}
