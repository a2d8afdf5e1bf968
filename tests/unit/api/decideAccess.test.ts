import type { AccessRequest } from '../../../src/api/auth/decideAccess';
import { decideAccess, matchesKey } from '../../../src/api/auth/decideAccess';
import { bearerToken } from '../../../src/api/auth/bearerToken';

const base: AccessRequest = {
  access: 'write',
  presentedKey: undefined,
  configuredKeys: [],
  protectReads: false,
  production: false,
};

describe('decideAccess', () => {
  it.each<[string, Partial<AccessRequest>, boolean | 'UNAUTHENTICATED' | 'FORBIDDEN']>([
    [
      'reads are open by default, even in production with keys',
      { access: 'read', production: true, configuredKeys: ['k1'] },
      true,
    ],
    ['no keys, outside production: mutations allowed', {}, true],
    ['no keys, production: mutations refused', { production: true }, 'FORBIDDEN'],
    ['keys configured, no key sent', { configuredKeys: ['k1'] }, 'UNAUTHENTICATED'],
    [
      'keys configured, empty key sent',
      { configuredKeys: ['k1'], presentedKey: '' },
      'UNAUTHENTICATED',
    ],
    [
      'keys configured, wrong key',
      { configuredKeys: ['k1'], presentedKey: 'k2' },
      'UNAUTHENTICATED',
    ],
    [
      'keys configured, a prefix of a key',
      { configuredKeys: ['secret-key'], presentedKey: 'secret' },
      'UNAUTHENTICATED',
    ],
    ['keys configured, right key', { configuredKeys: ['k1'], presentedKey: 'k1' }, true],
    ['any of several keys', { configuredKeys: ['k1', 'k2', 'k3'], presentedKey: 'k2' }, true],
    [
      'keys work in production',
      { configuredKeys: ['k1'], presentedKey: 'k1', production: true },
      true,
    ],
    [
      'protected reads need a key',
      { access: 'read', protectReads: true, configuredKeys: ['k1'] },
      'UNAUTHENTICATED',
    ],
    [
      'protected reads with the key',
      { access: 'read', protectReads: true, configuredKeys: ['k1'], presentedKey: 'k1' },
      true,
    ],
    [
      'protected reads without keys, production',
      { access: 'read', protectReads: true, production: true },
      'FORBIDDEN',
    ],
    ['protected reads without keys, development', { access: 'read', protectReads: true }, true],
  ])('%s', (_name, overrides, expected) => {
    const decision = decideAccess({ ...base, ...overrides });
    if (expected === true) expect(decision).toEqual({ allowed: true });
    else expect(decision).toMatchObject({ allowed: false, code: expected });
  });

  it('explains a refusal in words a client can act on', () => {
    const decision = decideAccess({ ...base, configuredKeys: ['k1'] });
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(/Authorization: Bearer/);
  });
});

describe('matchesKey', () => {
  it('compares whole keys of any length', () => {
    expect(matchesKey('abc', ['abc'])).toBe(true);
    expect(matchesKey('abc', ['abcd', 'ab'])).toBe(false);
    expect(matchesKey('ключ-🔑', ['ключ-🔑'])).toBe(true);
    expect(matchesKey('x', [])).toBe(false);
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc', 'abc'],
    ['bearer abc', 'abc'],
    ['Bearer   abc  ', 'abc'],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});
