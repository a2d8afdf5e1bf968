// graphql-armor's cost rule multiplies by `first`/`last` only when they are
// literals, so `first: $n` would slip past it. Once the variables are known
// (before any resolver runs), this plugin writes their values into the
// document and runs the same cost rule again.
import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, Kind, validate, visit } from 'graphql';
import type { DocumentNode } from 'graphql';

const PAGE_ARGUMENTS = new Set(['first', 'last']);

/** The document with each `first`/`last: $variable` replaced by the variable's integer value. */
export function inlinePageVariables(
  document: DocumentNode,
  variables: Record<string, unknown>,
): DocumentNode | undefined {
  let changed = false;
  const inlined = visit(document, {
    Argument(node) {
      if (!PAGE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return;
      const value = variables[node.value.name.value];
      if (typeof value !== 'number' || !Number.isInteger(value)) return;
      changed = true;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
  return changed ? inlined : undefined;
}

/** Whether some `first`/`last` argument of the document is a variable; documents come from Apollo's cache, so once per document. */
const pageVariablesOf = new WeakMap<DocumentNode, boolean>();

function hasPageVariables(document: DocumentNode): boolean {
  let found = pageVariablesOf.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Argument(node) {
        if (PAGE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) found = true;
      },
    });
    pageVariablesOf.set(document, found);
  }
  return found;
}

export function variableCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          if (!hasPageVariables(document)) return;
          const inlined = inlinePageVariables(document, request.variables ?? {});
          if (!inlined) return;
          const rejections: string[] = [];
          const rule = costLimitRule({
            maxCost,
            propagateOnRejection: false,
            onReject: [(_context, error) => void rejections.push(error.message)],
          });
          validate(schema, inlined, [rule]);
          const [message] = rejections;
          if (message !== undefined) {
            throw new GraphQLError(message, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
