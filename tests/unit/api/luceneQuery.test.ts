import { escapeLucene, toLuceneQuery } from '../../../src/graph/queries/luceneQuery';

describe('Lucene queries from user text', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('asks for every word, whole or as a prefix', () => {
    expect(toLuceneQuery('Ilham Aliyev')).toBe('(ilham OR ilham*) AND (aliyev OR aliyev*)');
  });

  it('keeps operators and syntax out of the query', () => {
    expect(toLuceneQuery('China AND NOT "x"')).toBe(
      '(china OR china*) AND (and OR and*) AND (not OR not*) AND (\\"x\\" OR \\"x\\"*)',
    );
    expect(toLuceneQuery('name:foo~2')).toBe('(name\\:foo\\~2 OR name\\:foo\\~2*)');
  });

  it('has nothing to search in punctuation alone', () => {
    expect(toLuceneQuery('  ')).toBeUndefined();
    expect(toLuceneQuery('* ? ( )')).toBeUndefined();
  });

  it('caps the number of words', () => {
    const query = toLuceneQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
    expect(query?.split(' AND ')).toHaveLength(12);
  });
});
