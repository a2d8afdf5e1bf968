// An entity argument that may be an id (CHN, lu-mei, SCO) or a country as an
// analyst writes it (China, cn, Azerbaijan). Unknown → BAD_USER_INPUT.
import type { EntityRecord } from '../../graph/queries/records';
import type { ApiContext } from '../context';
import { userInputError } from '../userInputError';
import { resolveCountryId } from './resolveCountryId';

/** The ids an argument may stand for, in order of preference: as given, then as a country. */
export function entityCandidates(input: string): string[] {
  const country = resolveCountryId(input);
  return country === undefined || country === input ? [input] : [input, country];
}

export async function resolveEntityRef(
  context: ApiContext,
  input: string,
  argument: string,
): Promise<EntityRecord> {
  const candidates = await context.loaders.entity.loadMany(entityCandidates(input));
  const failure = candidates.find((candidate) => candidate instanceof Error);
  if (failure) throw failure;
  const entity = candidates.find((candidate): candidate is EntityRecord => candidate !== null);
  if (entity === undefined) {
    throw userInputError(
      `\`${argument}\`: no entity or country is known as ${JSON.stringify(input)}.`,
      argument,
    );
  }
  return entity;
}
