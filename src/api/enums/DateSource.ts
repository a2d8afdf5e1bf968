import { registerEnumType } from 'type-graphql';

export const DateSource = {
  TEXT: 'text',
  ARTICLE: 'article',
} as const;

registerEnumType(DateSource, {
  name: 'DateSource',
  description:
    'Where a date comes from: the text states it (TEXT), or the fact has no date of its own ' +
    'and is dated by the article that reports it (ARTICLE).',
});
