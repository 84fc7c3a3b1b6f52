import SchemaBuilder, { PothosError } from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin, { decodeGlobalID } from "@pothos/plugin-relay";
import { createGraphQLError } from "graphql-yoga";
import type { Context } from "./context.ts";

/**
 * Relay's `node`/`nodes` throw bare validation errors for an id that is not base64 `Type:key` or names a type
 * that is not a Node (a schema error for Pothos); clients get a typed refusal of their input instead.
 */
function invalidNodeId(error: unknown) {
  if (!(error instanceof PothosError)) return error;
  return createGraphQLError(`Invalid node id: ${error.message.slice(0, 200)}`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

function decodeNodeId(globalID: string) {
  try {
    return decodeGlobalID(globalID);
  } catch (error) {
    throw invalidNodeId(error);
  }
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    decodeGlobalID: decodeNodeId,
    nodeQueryOptions: {
      resolve: (_root, { id }, _context, _info, resolveNode) =>
        Promise.resolve()
          .then(() => resolveNode(id))
          .catch((error: unknown) => {
            throw invalidNodeId(error);
          }),
    },
    nodesQueryOptions: {
      resolve: (_root, { ids }, _context, _info, resolveNodes) =>
        resolveNodes(ids).catch((error: unknown) => {
          throw invalidNodeId(error);
        }),
    },
  },
});

builder.queryType({});
