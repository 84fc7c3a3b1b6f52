/**
 * Relay cursor connections (`models`, `papers`): crafted cursors are refused before any Cypher, `last` alone
 * and paging backwards work, empty pages have null cursors, hasNext/hasPrevious are right both ways, and
 * keyset cursors neither repeat nor skip a row when papers are written between two pages.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { seedText } from "../../src/ingest/index.ts";
import { graphql, seededTestGraph } from "../support/index.ts";

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { name?: string; title?: string } }[];
  pageInfo: {
    startCursor: string | null;
    endCursor: string | null;
    hasNextPage: boolean;
    hasPreviousPage: boolean;
  };
}

const CONNECTIONS = {
  models: "name",
  papers: "title",
} as const;
type ConnectionName = keyof typeof CONNECTIONS;

const pageQuery = (field: ConnectionName, args: string) => {
  const variables = ["after", "before"].filter((name) => args.includes(`$${name}`));
  const declared = variables.length ? `(${variables.map((name) => `$${name}: String`).join(", ")})` : "";
  return `query ${declared} { ${field}(${args}) { totalCount edges { cursor node { ${CONNECTIONS[field]} } }
     pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`;
};

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

describe("Relay connections", () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await seededTestGraph();
  });
  afterAll(() => graph.close());

  const page = async (field: ConnectionName, args: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<Record<string, Page>>(graph, pageQuery(field, args), variables);
    expect(result.errors).toBeUndefined();
    return { page: result.data?.[field] as Page, queries: result.extensions?.neo4jQueries };
  };
  const labels = (p: Page) => p.edges.map((edge) => edge.node.name ?? edge.node.title);

  describe.each(Object.keys(CONNECTIONS) as ConnectionName[])("%s", (field) => {
    let all: (string | undefined)[];
    beforeAll(async () => {
      all = labels((await page(field, "first: 100")).page);
    });

    it("pages forwards with first/after: no repeat, no gap, hasNext/hasPrevious right, one query each", async () => {
      const seen: (string | undefined)[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const { page: p, queries } = await page(field, "first: 3, after: $after", { after });
        expect(queries).toBe(1);
        expect(p.pageInfo.hasPreviousPage).toBe(pages > 0);
        seen.push(...labels(p));
        pages++;
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
      expect(pages).toBe(Math.ceil(all.length / 3));
    });

    it("gives the last page with `last` alone, and pages backwards from it with before", async () => {
      const { page: last } = await page(field, "last: 3");
      expect(labels(last)).toEqual(all.slice(-3));
      expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
      const { page: previous } = await page(field, "last: 3, before: $before", {
        before: last.pageInfo.startCursor,
      });
      expect(labels(previous)).toEqual(all.slice(-6, -3));
      expect(previous.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      const { page: whole } = await page(field, "last: 100");
      expect(labels(whole)).toEqual(all);
      expect(whole.pageInfo.hasPreviousPage).toBe(false);
    });

    it("gives null cursors on an empty page, and a window between after and before", async () => {
      const { page: empty } = await page(field, "first: 0");
      expect(empty.edges).toEqual([]);
      expect(empty.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasNextPage: true });
      const { page: firstFive } = await page(field, "first: 5");
      const cursors = firstFive.edges.map((edge) => edge.cursor);
      const { page: between } = await page(field, "first: 10, after: $after, before: $before", {
        after: cursors[0],
        before: cursors[4],
      });
      expect(labels(between)).toEqual(all.slice(1, 4));
      const { page: pastTheEnd } = await page(field, "first: 3, after: $after", {
        after: (await page(field, "last: 1")).page.pageInfo.endCursor,
      });
      expect(pastTheEnd.edges).toEqual([]);
      expect(pastTheEnd.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasNextPage: false });
      expect(pastTheEnd.pageInfo.hasPreviousPage).toBe(true);
    });

    it("refuses crafted cursors with BAD_USER_INPUT naming the argument, before any Cypher", async () => {
      const good = (await page(field, "first: 1")).page.pageInfo.endCursor as string;
      const other = field === "models" ? "papers" : "models";
      const otherCursor = (await page(other, "first: 1")).page.pageInfo.endCursor as string;
      const gemma = await graphql<{ model: { id: string } }>(graph, `{ model(name: "Gemma") { id } }`);
      const nodeId = gemma.data?.model.id ?? "";
      const crafted = [
        b64("OffsetConnection:-5"),
        b64("OffsetConnection:1e300"),
        b64("OffsetConnection:99999999999999999999"),
        b64("OffsetConnection:2.5"),
        "not base64 at all!",
        "%%%",
        "",
        otherCursor,
        nodeId,
        `${good}x`,
        b64url('mg1:["models","NAME",1,2]'),
        b64url('mg1:["papers","NEWEST","not a date","x"]'),
        b64url('mg1:["models","INTRODUCED","2025-02-30","a","b"]'),
        b64url("mg1:{"),
        "A".repeat(5000),
      ];
      for (const [argument, cursor] of crafted.flatMap((c) => [
        ["after", c],
        ["before", c],
      ])) {
        const result = await graphql<Record<string, unknown>>(
          graph,
          `query ($cursor: String) { ${field}(first: 2, ${argument}: $cursor) { totalCount } stats { nodes } }`,
          { cursor },
        );
        expect(result.errors, `${argument}: ${cursor}`).toHaveLength(1);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
        expect(result.errors?.[0]?.message).toContain(`\`${argument}\``);
        // The field is null, the rest of the response is untouched; only stats ran a query.
        expect(result.data?.[field]).toBeNull();
        expect(result.data?.stats).toBeTruthy();
        expect(result.extensions?.neo4jQueries).toBe(1);
      }
    });

    it("refuses a negative first or last, and first with last", async () => {
      for (const args of ["first: -1", "last: -2", "first: 1, last: 1"]) {
        const result = await graphql(graph, `{ ${field}(${args}) { totalCount } }`);
        expect(result.errors?.[0]?.extensions?.code, args).toBe("BAD_USER_INPUT");
        expect(result.extensions?.neo4jQueries).toBe(0);
      }
    });
  });

  it("refuses a models cursor made for another order", async () => {
    const { page: byName } = await page("models", "first: 1");
    const result = await graphql(
      graph,
      `query ($after: String) { models(first: 1, after: $after, orderBy: INTRODUCED) { totalCount } }`,
      { after: byName.pageInfo.endCursor },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });

  it("pages every order backwards and forwards to the same list (nulls of `introduced` included)", async () => {
    for (const order of ["NAME", "INTRODUCED", "INTRODUCED_DESC"]) {
      const all = labels((await page("models", `first: 100, orderBy: ${order}`)).page);
      const forwards: (string | undefined)[] = [];
      let after: string | null = null;
      for (;;) {
        const { page: p } = await page("models", `first: 4, after: $after, orderBy: ${order}`, { after });
        forwards.push(...labels(p));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      const backwards: (string | undefined)[] = [];
      let before: string | null = null;
      for (;;) {
        const { page: p } = await page("models", `last: 4, before: $before, orderBy: ${order}`, { before });
        backwards.unshift(...labels(p));
        if (!p.pageInfo.hasPreviousPage) break;
        before = p.pageInfo.startCursor;
      }
      expect(forwards, order).toEqual(all);
      expect(backwards, order).toEqual(all);
    }
  });

  it("neither repeats nor skips a model when papers are seeded between two pages (keyset cursors)", async () => {
    const before = labels((await page("models", "first: 100")).page);
    const listing = await readFile(new URL("../fixtures/inputs/other-families.txt", import.meta.url), "utf8");
    const seen: (string | undefined)[] = [];
    let after: string | null = null;
    let seeded = false;
    for (;;) {
      const { page: p } = await page("models", "first: 5, after: $after", { after });
      seen.push(...labels(p));
      if (!seeded) {
        // Models named before and after the first page's are added while the client pages on.
        await seedText(graph, listing, "other-families.txt", { year: 2026 });
        seeded = true;
      }
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    const now = labels((await page("models", "first: 100")).page);
    expect(now.length).toBeGreaterThan(before.length);
    expect(new Set(seen).size).toBe(seen.length);
    // Every model that existed all along is seen once; what was added after the cursor is seen too.
    for (const name of before) expect(seen).toContain(name);
    const lastOfFirstPage = seen[4] as string;
    for (const name of now) {
      if (name && name.toLowerCase() > lastOfFirstPage.toLowerCase()) expect(seen).toContain(name);
    }
  });
});
