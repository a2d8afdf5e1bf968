// Who may do what, decided in one pure function:
// - reads are open unless DIPLOGRAPH_PROTECT_READS is on;
// - once API keys are configured, protected operations need one of them
//   (Authorization: Bearer KEY), compared in constant time;
// - with no key configured, protected operations are refused in production
//   and allowed elsewhere (development, tests).
import { createHash, timingSafeEqual } from 'node:crypto';

export type Access = 'read' | 'write';

export interface AccessRequest {
  access: Access;
  /** The API key the request presented, if any. */
  presentedKey: string | undefined;
  configuredKeys: readonly string[];
  protectReads: boolean;
  production: boolean;
}

export type AccessDecision =
  { allowed: true } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string };

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * True when `presented` is one of `keys`. Digests have equal lengths, so
 * timingSafeEqual applies, and every key is compared (no early exit).
 */
export function matchesKey(presented: string, keys: readonly string[]): boolean {
  const candidate = digest(presented);
  let found = false;
  for (const key of keys) found = timingSafeEqual(candidate, digest(key)) || found;
  return found;
}

export function decideAccess(request: AccessRequest): AccessDecision {
  if (request.access === 'read' && !request.protectReads) return { allowed: true };
  if (request.configuredKeys.length === 0) {
    return request.production
      ? {
          allowed: false,
          code: 'FORBIDDEN',
          reason: `No API key is configured (DIPLOGRAPH_API_KEYS), so ${
            request.access === 'write' ? 'mutations are' : 'this operation is'
          } disabled in production.`,
        }
      : { allowed: true };
  }
  if (request.presentedKey === undefined || request.presentedKey === '') {
    return {
      allowed: false,
      code: 'UNAUTHENTICATED',
      reason: 'This operation needs an API key: send the header `Authorization: Bearer KEY`.',
    };
  }
  if (!matchesKey(request.presentedKey, request.configuredKeys)) {
    return { allowed: false, code: 'UNAUTHENTICATED', reason: 'The API key is not valid.' };
  }
  return { allowed: true };
}
