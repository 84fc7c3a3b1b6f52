import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

describe("configuration", () => {
  it("defaults to the embedded Neo4j and port 4000", () => {
    const config = loadConfig({});
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_DATABASE).toBe("neo4j");
  });

  it.each(["bolt://db:7687", "neo4j://db:7687", "neo4j+s://example.org", "bolt+ssc://10.0.0.1:7687"])(
    "accepts %s",
    (uri) => {
      expect(loadConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    },
  );

  it("names every bad variable with what it should be", () => {
    const attempt = () => loadConfig({ NEO4J_URI: "http://db:7474", PORT: "70000", NEO4J_HEAP: "lots" });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/);
    expect(attempt).toThrow(/PORT: /);
    expect(attempt).toThrow(/NEO4J_HEAP: must be a JVM size/);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ NEO4J_URI: "", PORT: "" }).PORT).toBe(4000);
  });
});
