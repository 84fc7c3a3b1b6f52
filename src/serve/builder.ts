import SchemaBuilder, { PothosError } from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin, { decodeGlobalID, resolveNodes } from "@pothos/plugin-relay";
import type { Context } from "./context.ts";
import { badUserInput } from "./errors.ts";

/**
 * Relay's `node`/`nodes` throw bare validation errors for an id that is not base64 `Type:key` or names a type
 * that is not a Node (a schema error for Pothos); clients get a typed refusal of their input instead.
 */
function invalidNodeId(error: unknown) {
  if (!(error instanceof PothosError)) return error;
  return badUserInput(`Invalid node id: ${error.message.slice(0, 200)}`);
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
    // Descriptions of what the Relay plugin generates (GraphiQL's documentation pane shows them).
    idFieldOptions: { description: "Opaque global id: pass it to `node(id:)` or `nodes(ids:)`." },
    nodeTypeOptions: { description: "An object with a global id that `node(id:)` finds again." },
    pageInfoTypeOptions: { description: "Where a page of a connection lies in the whole list." },
    hasNextPageFieldOptions: { description: "More items follow this page (within `before`, if given)." },
    hasPreviousPageFieldOptions: { description: "Items come before this page (within `after`, if given)." },
    startCursorFieldOptions: { description: "The first edge's cursor; null on an empty page." },
    endCursorFieldOptions: { description: "The last edge's cursor; null on an empty page." },
    cursorFieldOptions: {
      description:
        "Opaque cursor to this item, for `after` or `before`; it stays valid when data is written.",
    },
    nodeFieldOptions: { description: "The item." },
    edgesFieldOptions: { description: "The page's items, each with its cursor, in the list's order." },
    pageInfoFieldOptions: { description: "Cursors and whether pages exist before and after this one." },
    firstArgOptions: { description: "Page forwards: at most this many items (0 to 100; default 20)." },
    lastArgOptions: { description: "Page backwards: at most the last this many items (0 to 100)." },
    afterArgOptions: { description: "Items after this cursor (an edge's `cursor` or `pageInfo.endCursor`)." },
    beforeArgOptions: {
      description: "Items before this cursor (an edge's `cursor` or `pageInfo.startCursor`).",
    },
    decodeGlobalID: decodeNodeId,
    nodeQueryOptions: {
      description: "An object by its global `id`; null when no object has it.",
      args: { id: { description: "A global id, as an `id` field returns it." } },
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

builder.queryType({ description: "Read the graph of models, papers and their lineage." });

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
        throw badUserInput(
          `Argument \`ids\` of \`nodes\` takes at most ${MAX_NODE_IDS} ids, not ${ids.length}.`,
          "ids",
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
