// Limits every operation must pass before a resolver runs (graphql-armor):
// depth, aliases, directives, tokens and cost. The numbers leave the
// documented operations (docs/queries, cost ≤ ~900, depth ≤ 6) far inside.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import { variableCostPlugin } from './variableCostPlugin';

export const QUERY_LIMITS = {
  depth: 12,
  aliases: 15,
  directives: 10,
  tokens: 2000,
  cost: 5000,
} as const;

export interface QueryLimits {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  /** graphql-js stops parsing past `maxTokens` (a 400 parse error, like any syntax error). */
  parseOptions: ParseOptions;
}

export function createQueryLimits({ production }: { production: boolean }): QueryLimits {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth, ignoreIntrospection: true, flattenFragments: false },
    maxAliases: { n: QUERY_LIMITS.aliases },
    maxDirectives: { n: QUERY_LIMITS.directives },
    // Armor's token plugin throws out of Apollo's pipeline (a 500): graphql-js's own
    // parser limit (parseOptions below) refuses the same documents as a parse error.
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.cost },
    // Suggestions name fields a client did not ask for: hidden in production only.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    plugins: [...(plugins as ApolloServerPlugin[]), variableCostPlugin(QUERY_LIMITS.cost)],
    validationRules: validationRules as ValidationRule[],
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
  };
}
