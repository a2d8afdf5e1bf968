import 'reflect-metadata';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import type { NonEmptyArray } from 'type-graphql';
import { ArticleResolver } from './article/article.resolver';
import { ArticleConnectionResolver } from './article/articleConnection.resolver';
import { authChecker } from './auth/authChecker';
import { BilateralResolver } from './bilateral/bilateral.resolver';
import { BilateralSideResolver } from './bilateral/bilateralSide.resolver';
import { ChangeResolver } from './change/change.resolver';
import { EntityResolver } from './entity/entity.resolver';
import { EntityConnectionResolver } from './entity/entityConnection.resolver';
import { HealthResolver } from './health/health.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { OfficialsResolver } from './officials/officials.resolver';
import { PathResolver } from './path/path.resolver';
import { QualifiersResolver } from './relation/qualifiers.resolver';
import { RelationResolver } from './relation/relation.resolver';
import { RelationConnectionResolver } from './relation/relationConnection.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';

// Every resolver class of the API; adding a feature is a folder and a line here.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const resolvers: NonEmptyArray<Function> = [
  HealthResolver,
  EntityResolver,
  EntityConnectionResolver,
  RelationResolver,
  RelationConnectionResolver,
  QualifiersResolver,
  ArticleResolver,
  ArticleConnectionResolver,
  BilateralResolver,
  BilateralSideResolver,
  TimelineResolver,
  PathResolver,
  OfficialsResolver,
  ChangeResolver,
  IngestResolver,
];

let schema: GraphQLSchema | undefined;

/** The GraphQL schema, built from the type-graphql classes (once per process). */
export function buildApiSchema(): GraphQLSchema {
  // @Authorized('read' | 'write') operations are decided by authChecker (auth/decideAccess.ts).
  schema ??= buildSchemaSync({ resolvers, validate: false, authChecker, authMode: 'error' });
  return schema;
}

/** Sorted SDL, as committed in schema/schema.graphql. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`;
}
