import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Role } from '../config.js';
import type { Context } from '../server/context.js';

const rank: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

/** Throws UNAUTHENTICATED (no credentials) or FORBIDDEN (too low a role) before any Cypher runs. */
export function requireRole(ctx: Pick<Context, 'role'>, needed: Role): void {
  if (ctx.role === null) {
    throw new GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  if (rank[ctx.role] < rank[needed]) {
    throw new GraphQLError(`This needs the ${needed} role`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
}

/**
 * Refuses every mutation from a caller below editor before execution starts, so no resolver (and
 * no Cypher) runs for it; requireRole in each mutation resolver stays as the second line.
 */
export function requireEditorForMutations(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') requireRole(contextValue, 'editor');
        },
      };
    },
  };
}
