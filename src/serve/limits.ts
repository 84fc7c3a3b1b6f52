import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { createGraphQLError, type Plugin } from "graphql-yoga";

/**
 * Query limits, enforced during validation, before any resolver (and so any Cypher) runs. Sized so that the
 * richest lineage query a chart or the explorer needs passes with room to spare, and nothing much bigger does.
 */
export const QUERY_LIMITS = {
  /** `models → edges → node → ancestors → path → parent → evidence → paper → authors → name` is 10 deep. */
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 30_000,
} as const;

export function useQueryLimits(options: { production: boolean }) {
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    // Field-name suggestions help while exploring; in production they would map the schema for an attacker.
    blockFieldSuggestion: { enabled: options.production },
  });
}

/** HTTP 413, before the body is read further. */
function bodyTooLarge() {
  return createGraphQLError("Request body too large", {
    extensions: { http: { status: 413 }, code: "REQUEST_ENTITY_TOO_LARGE" },
  });
}

/**
 * Refuses bodies above `maxBytes` with HTTP 413. yoga's own check (`maxRequestBodySize`) pipes every body
 * through a counting stream, which cost about a tenth of a simple request's CPU; Node's HTTP parser already
 * ends a body at its Content-Length, so only a body without one (chunked) is counted here as it is read.
 */
export function useRequestBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get("content-length");
      if (length !== null) {
        if (!/^\d+$/.test(length)) {
          throw createGraphQLError("Content-Length header is invalid.", {
            extensions: { http: { status: 400 }, code: "BAD_REQUEST" },
          });
        }
        if (Number(length) > maxBytes) throw bodyTooLarge();
        return;
      }
      const body = request.body;
      if (!requestParser || !body) return;
      let bytes = 0;
      // A native body needs the native TransformStream (yoga does the same, graphql-yoga#4583).
      const Transform =
        body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
      const counted = body.pipeThrough(
        new Transform<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            bytes += chunk.byteLength;
            if (bytes > maxBytes) controller.error(bodyTooLarge());
            else controller.enqueue(chunk);
          },
        }),
      );
      const limited = new fetchAPI.Request(request.url, {
        method: request.method,
        headers: request.headers,
        signal: request.signal,
        body: counted,
        duplex: "half",
      } as RequestInit);
      setRequestParser(() => requestParser(limited));
    },
  };
}
