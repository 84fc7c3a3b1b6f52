import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import {
  type DefinitionNode,
  type GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ValidationContext,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { badRequest } from "./errors.ts";

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

/** What each limit's violation is called in `extensions.code`, and how its message reads. */
const LIMIT_ERRORS = [
  {
    armor: /^Syntax Error: Query depth limit of (\d+) exceeded, found (\d+)/,
    code: "QUERY_TOO_DEEP",
    message: (limit: number, found: number) =>
      `The query is ${found} levels deep; the limit is ${limit} (lineage deeper than that: use a traversal's maxDepth).`,
  },
  {
    armor: /^Syntax Error: Aliases limit of (\d+) exceeded, found (\d+)/,
    code: "TOO_MANY_ALIASES",
    message: (limit: number, found: number) => `The query has ${found} aliases; the limit is ${limit}.`,
  },
  {
    armor: /^Syntax Error: Directives limit of (\d+) exceeded, found (\d+)/,
    code: "TOO_MANY_DIRECTIVES",
    message: (limit: number, found: number) => `The query has ${found} directives; the limit is ${limit}.`,
  },
  {
    armor: /^Syntax Error: Query Cost limit of (\d+) exceeded, found (\d+(?:\.\d+)?)/,
    code: "QUERY_TOO_COMPLEX",
    message: (limit: number, found: number) =>
      `The query costs ${Math.ceil(found)}; the limit is ${limit} (each field costs 1, each nested list multiplies: ask for fewer fields or levels).`,
  },
] as const;

/** A refusal of the whole query before anything runs: HTTP 400, a code, the limit and the figure. */
export function limitError(code: string, message: string, limit: number, found: number) {
  return badRequest(message, code, { limit, found });
}

/** graphql-armor's error for a violated limit, as a coded limit error (null for any other error). */
export function codedLimitError(error: { message: string }) {
  for (const known of LIMIT_ERRORS) {
    const match = known.armor.exec(error.message);
    if (!match) continue;
    const limit = Number(match[1]);
    const found = Number(match[2]);
    return limitError(known.code, known.message(limit, found), limit, Math.ceil(found));
  }
  return null;
}

/** The tokens of a query text, as graphql-armor counts them (the body size limit bounds the work). */
function countTokens(source: string): number | null {
  try {
    const lexer = new Lexer(new Source(source));
    let count = 0;
    while (lexer.advance().kind !== TokenKind.EOF) count++;
    return count;
  } catch {
    return null;
  }
}

export function useQueryLimits(options: { production: boolean }) {
  // Violations are reported as validation errors (so the whole request is a 400) with a code, not thrown.
  const report = {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(codedLimitError(error) ?? error);
      },
    ],
  };
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...report },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...report },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...report },
    // The token limit stops the parser at once (its error is replaced by useLimitErrors).
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, ...report },
    // Field-name suggestions help while exploring; in production they would map the schema for an attacker.
    blockFieldSuggestion: { enabled: options.production },
  });
}

/**
 * Coded errors for what is refused before execution: the token limit (TOO_MANY_TOKENS, with the count) and a
 * subscription (SUBSCRIPTIONS_NOT_SUPPORTED: the API has none); both HTTP 400.
 */
export function useLimitErrors(): Plugin {
  return {
    onParse: ({ params }) => {
      const source = typeof params.source === "string" ? params.source : params.source.body;
      return ({ result, replaceParseResult }) => {
        if (!(result instanceof Error) || !/Token limit of \d+ exceeded/.test(result.message)) return;
        const found = countTokens(source);
        replaceParseResult(
          limitError(
            "TOO_MANY_TOKENS",
            `The query has ${found ?? `more than ${QUERY_LIMITS.maxTokens}`} tokens; the limit is ${QUERY_LIMITS.maxTokens}.`,
            QUERY_LIMITS.maxTokens,
            found ?? QUERY_LIMITS.maxTokens + 1,
          ),
        );
      };
    },
    onValidate:
      ({ params }) =>
      ({ result, setResult }) => {
        const subscription = params.documentAST.definitions.some(
          (definition: DefinitionNode) =>
            definition.kind === Kind.OPERATION_DEFINITION && definition.operation === "subscription",
        );
        if (!subscription) return;
        setResult([
          ...result,
          badRequest(
            "Subscriptions are not supported: this API answers queries (and the ingest mutation) over HTTP.",
            "SUBSCRIPTIONS_NOT_SUPPORTED",
          ),
        ]);
      },
  };
}

/**
 * `extensions.neo4jQueries: 0` on responses refused before execution (parse, validation, limits), so that
 * every response says what it cost; executed responses get the real count from useQueryCount.
 */
export function useZeroQueryCount(): Plugin {
  return {
    onResultProcess: ({ result, setResult }) => {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      if (result.extensions && "neo4jQueries" in result.extensions) return;
      setResult({ ...result, extensions: { ...result.extensions, neo4jQueries: 0 } });
    },
  };
}

/** HTTP 413, before the body is read further. */
function bodyTooLarge() {
  return badRequest("Request body too large", "REQUEST_ENTITY_TOO_LARGE", {}, 413);
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
          throw badRequest("Content-Length header is invalid.", "BAD_REQUEST");
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
