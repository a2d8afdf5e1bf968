// Builds the Apollo Server without listening: tests call executeOperation on
// it, and src/api/http.ts puts it behind HTTP.
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/config';
import type { ApiContext } from './context';
import { formatApiError } from './formatApiError';

export interface ApolloOptions {
  schema: GraphQLSchema;
  config: Config;
  plugins?: ApolloServerPlugin<ApiContext>[];
}

export function createApolloServer({ schema, config, plugins = [] }: ApolloOptions) {
  const production = config.NODE_ENV === 'production';
  const introspection = config.DIPLOGRAPH_INTROSPECTION ?? !production;
  return new ApolloServer<ApiContext>({
    schema,
    introspection,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: formatApiError,
    plugins: [
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
      ...plugins,
    ],
  });
}
