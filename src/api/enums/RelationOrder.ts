import { registerEnumType } from 'type-graphql';
import type { RelationOrder as Order } from '../../graph/queries/relationQueries';

export const RelationOrder = {
  DATE_ASC: 'DATE_ASC',
  DATE_DESC: 'DATE_DESC',
  CONFIDENCE_DESC: 'CONFIDENCE_DESC',
} as const satisfies Record<Order, Order>;

registerEnumType(RelationOrder, {
  name: 'RelationOrder',
  description: 'Order of a relations page; undated facts come last, ties by fact key.',
});
