// Writes schema/schema.graphql from the type-graphql code (npm run schema:emit).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printApiSchema } from '../src/api/buildSchema';

const target = join(__dirname, '..', 'schema', 'schema.graphql');
writeFileSync(target, printApiSchema());
process.stdout.write(`wrote ${target}\n`);
