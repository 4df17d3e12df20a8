import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Marks every GraphQL response `Cache-Control: no-store`. Apollo's cache-control plugin sends the
 * same header for a schema without cache hints, such as this one, but it runs a hook on every
 * resolved field to work that out; this costs nothing per field.
 */
export function noStore<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
