import { registerEnumType } from 'type-graphql';
import type { Direction as Dir } from '../../graph/queries/relationQueries';

export const Direction = {
  OUTGOING: 'OUTGOING',
  INCOMING: 'INCOMING',
} as const satisfies Record<Dir, Dir>;

registerEnumType(Direction, {
  name: 'Direction',
  description:
    'OUTGOING: facts the entity is the subject of (it visited, it holds a position); INCOMING: ' +
    'facts it is the object of. Symmetric facts (MET, PARTNERSHIP, ...) match either.',
});
