// Child process: a small peer server built with @neo4j/graphql (on graphql-yoga) over the same database, so
// the benchmark can compare our hand-written resolvers with the library that compiles a whole GraphQL request
// into one Cypher query. Ancestry and paths are its @cypher fields. Prints `READY <url>`; stops on SIGTERM.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";

const LINEAGE = "BASED_ON|DISTILLED_FROM|SUCCESSOR_OF|VARIANT_OF";

const typeDefs = /* GraphQL */ `
  type Model @node {
    key: String!
    name: String!
    family: String
    version: String
    sizes: [String!]
    aliases: [String!]
    children: [Model!]!
      @cypher(statement: "MATCH (this)<-[:${LINEAGE}]-(c:Model) RETURN c ORDER BY c.name", columnName: "c")
    ancestors(maxDepth: Int = 10): [Model!]!
      @cypher(
        statement: """
        MATCH path = ANY SHORTEST (this)-[:${LINEAGE}]->{1,10}(other:Model)
        WHERE other <> this AND length(path) <= $maxDepth
        RETURN other ORDER BY length(path), other.name LIMIT 1000
        """
        columnName: "other"
      )
    descendants(maxDepth: Int = 10, first: Int = 1000): [Model!]!
      @cypher(
        statement: """
        MATCH path = ANY SHORTEST (this)<-[:${LINEAGE}]-{1,10}(other:Model)
        WHERE other <> this AND length(path) <= $maxDepth
        RETURN other ORDER BY length(path), other.name LIMIT $first
        """
        columnName: "other"
      )
  }

  type Query {
    modelByKey(key: String!): Model
      @cypher(statement: "MATCH (m:Model {key: $key}) RETURN m", columnName: "m")
    lineagePath(from: String!, to: String!): [Model!]!
      @cypher(
        statement: """
        MATCH (a:Model {key: $from}), (b:Model {key: $to})
        MATCH p = shortestPath((a)-[:${LINEAGE}*..20]-(b))
        UNWIND nodes(p) AS n
        RETURN n
        """
        columnName: "n"
      )
    modelsWithCapability(capability: String!, first: Int = 20): [Model!]!
      @cypher(
        statement: """
        MATCH (m:Model)-[:HAS_CAPABILITY]->(c:Capability)
        WHERE toLower(c.name) = toLower($capability)
        RETURN m ORDER BY toLower(m.name), m.key LIMIT $first
        """
        columnName: "m"
      )
  }
`;

// Input (argv[2]): {"uri"}.
const { uri } = JSON.parse(process.argv[2] ?? "{}") as { uri?: string };
if (!uri) throw new Error('bench/peer/server.ts needs {"uri"} as its argument');
const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({ schema, graphqlEndpoint: "/graphql", landingPage: false, graphiql: false });
const server = createServer(yoga);
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
process.on("SIGTERM", () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
