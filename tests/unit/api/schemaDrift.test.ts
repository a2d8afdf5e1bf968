import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printApiSchema } from '../../../src/api/buildSchema';

// schema/schema.graphql is a reviewed artifact: regenerate it with
// `npm run schema:emit` whenever the type-graphql classes change.
describe('schema/schema.graphql', () => {
  it('matches the schema built from the code', () => {
    const committed = readFileSync(
      join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'),
      'utf8',
    );
    expect(committed).toBe(printApiSchema());
  });

  it('exposes the health query', () => {
    expect(printApiSchema()).toMatch(/health: Health!/);
  });
});
