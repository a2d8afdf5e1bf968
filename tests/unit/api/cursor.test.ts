import { GraphQLError } from 'graphql';
import { afterCursor, decodeCursor, encodeCursor } from '../../../src/api/pagination/cursor';
import { pageSize } from '../../../src/api/pagination/pageSize';
import { toPage } from '../../../src/api/pagination/toPage';

describe('cursors', () => {
  it('round-trip every kind', () => {
    for (const cursor of [
      { k: 'offset', n: 40 } as const,
      {
        k: 'relation',
        order: 'DATE_DESC',
        value: '2025-04',
        key: 'VISITED|a|b|year=2025',
      } as const,
      { k: 'relation', order: 'CONFIDENCE_DESC', value: 0.85, key: 'MET|a|b' } as const,
      { k: 'article', publishedAt: '2025-09-25T20:18:00', id: 'sha256:ab' } as const,
    ]) {
      const text = encodeCursor(cursor);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(text)).toEqual(cursor);
    }
  });

  it.each([
    '',
    'not a cursor',
    '%%%',
    Buffer.from('{"k":"offset","n":-1}').toString('base64url'),
    Buffer.from('{"k":"relation","order":"SIDEWAYS","value":1,"key":"x"}').toString('base64url'),
    Buffer.from('[1,2]').toString('base64url'),
  ])('rejects %j', (text) => {
    expect(decodeCursor(text)).toBeUndefined();
  });

  it('afterCursor: null without one, BAD_USER_INPUT for a bad one or one of another list', () => {
    expect(afterCursor(undefined, 'offset')).toBeNull();
    expect(afterCursor(encodeCursor({ k: 'offset', n: 3 }), 'offset')).toEqual({
      k: 'offset',
      n: 3,
    });
    for (const bad of ['garbage', encodeCursor({ k: 'offset', n: 3 })]) {
      let thrown: unknown;
      try {
        afterCursor(bad, 'article');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(GraphQLError);
      expect((thrown as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('pageSize', () => {
  it('defaults to 20 and accepts 1 to the maximum', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
    expect(pageSize(500, 500)).toBe(500);
  });

  it.each([0, -1, 101, 2.5])('refuses %p', (first) => {
    expect(() => pageSize(first)).toThrow(GraphQLError);
  });
});

describe('toPage', () => {
  const rows = ['a', 'b', 'c'];
  it('shows `size` rows and tells whether more follow', () => {
    const page = toPage(
      rows,
      2,
      (row) => row.toUpperCase(),
      (row) => `c-${row}`,
    );
    expect(page.edges).toEqual([
      { cursor: 'c-a', node: 'A' },
      { cursor: 'c-b', node: 'B' },
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, startCursor: 'c-a', endCursor: 'c-b' });
  });

  it('ends without a next page; an empty page has no cursors', () => {
    expect(
      toPage(
        rows,
        3,
        (r) => r,
        (r) => r,
      ).pageInfo.hasNextPage,
    ).toBe(false);
    expect(
      toPage(
        [],
        3,
        (r) => r,
        (r) => r,
      ).pageInfo,
    ).toEqual({
      hasNextPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
