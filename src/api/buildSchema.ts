import 'reflect-metadata';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import type { NonEmptyArray } from 'type-graphql';
import { HealthResolver } from './health/health.resolver';

// Every resolver class of the API; adding a feature is a folder and a line here.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const resolvers: NonEmptyArray<Function> = [HealthResolver];

let schema: GraphQLSchema | undefined;

/** The GraphQL schema, built from the type-graphql classes (once per process). */
export function buildApiSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({ resolvers, validate: false });
  return schema;
}

/** Sorted SDL, as committed in schema/schema.graphql. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`;
}
