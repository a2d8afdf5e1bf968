import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Service version and whether Neo4j answers.' })
export class Health {
  @Field(() => String, { description: 'diplograph version (package.json).' })
  version!: string;

  @Field(() => Boolean, { description: 'True when Neo4j answered a trivial query just now.' })
  neo4j!: boolean;
}
