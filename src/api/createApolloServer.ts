// Builds the Apollo Server without listening: tests call executeOperation on
// it, and src/api/http.ts puts it behind HTTP.
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/config';
import type { ApiContext } from './context';
import { formatApiError } from './formatApiError';
import { createQueryLimits } from './limits/queryLimits';

export interface ApolloOptions {
  schema: GraphQLSchema;
  config: Config;
  plugins?: ApolloServerPlugin<ApiContext>[];
}

/**
 * What Apollo's default cache-control plugin answered for this schema (no
 * field carries a cache hint, default max-age 0): \`cache-control: no-store\` on
 * every response. The default plugin computes that through a hook on every
 * resolved field (which also makes Apollo wrap every resolver); this sets the
 * same header once per response.
 */
export function noStorePlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

export function createApolloServer({ schema, config, plugins = [] }: ApolloOptions) {
  const production = config.NODE_ENV === 'production';
  const introspection = config.DIPLOGRAPH_INTROSPECTION ?? !production;
  // Depth, aliases, directives, tokens and cost are checked before any resolver runs.
  const limits = createQueryLimits({ production });
  return new ApolloServer<ApiContext>({
    schema,
    introspection,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Fragment bombs: selections counted through fragments, before validation proper.
    maxRecursiveSelections: true,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: formatApiError,
    // The process owns SIGINT/SIGTERM (src/cli/stopOnSignals.ts). Apollo's own
    // handlers would call stop() a second time, and a second concurrent stop()
    // of Apollo 5 waits forever: `serve` never exited.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      // Sandbox needs introspection: without it (production default) there is no landing page.
      introspection
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false })
        : ApolloServerPluginLandingPageDisabled(),
      ...(limits.plugins as ApolloServerPlugin<ApiContext>[]),
      ...plugins,
    ],
  });
}
