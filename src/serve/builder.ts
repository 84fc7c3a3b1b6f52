import SchemaBuilder, { PothosError } from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin, { decodeGlobalID, resolveNodes } from "@pothos/plugin-relay";
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
    // Replaced below: Pothos decodes the whole `ids` list before resolving, so one malformed id failed them all.
    nodesQueryOptions: false,
  },
});

builder.queryType({});

/** The most ids `nodes` takes in one call. */
export const MAX_NODE_IDS = 100;

builder.queryField("nodes", (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      `Objects by their \`id\`, in the order asked (at most ${MAX_NODE_IDS}): null where no object has the id, ` +
      "and an error at that position (with its path) for an id that is not one of this API's.",
    args: {
      ids: t.arg.idList({ required: true, description: "Ids as the API returns them (`id` fields)." }),
    },
    resolve: (_root, { ids }, context, info) => {
      if (ids.length > MAX_NODE_IDS) {
        throw createGraphQLError(
          `Argument \`ids\` of \`nodes\` takes at most ${MAX_NODE_IDS} ids, not ${ids.length}.`,
          {
            extensions: { code: "BAD_USER_INPUT", argument: "ids" },
          },
        );
      }
      // Each position on its own; the loaders still batch them into one query per type.
      return Promise.all(
        ids.map((id) =>
          Promise.resolve()
            .then(() => resolveNodes(builder, context, info, [decodeNodeId(String(id))]))
            .then(
              ([node]) => node ?? null,
              (error: unknown) => invalidNodeId(error),
            ),
        ),
      ) as never;
    },
  }),
);
