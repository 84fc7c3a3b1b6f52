import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Service {
  image?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: string[]; start_period?: string };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}

describe("docker-compose.yml", () => {
  const compose = parse(readFileSync(new URL("../../docker-compose.yml", import.meta.url), "utf8")) as {
    services: Record<string, Service>;
    volumes: Record<string, unknown>;
  };
  const { neo4j, app } = compose.services;

  it("runs Neo4j 5.26 LTS Community with a Cypher healthcheck and a data volume", () => {
    expect(neo4j?.image).toBe("neo4j:5.26-community");
    expect(neo4j?.healthcheck?.test.join(" ")).toMatch(/cypher-shell .*RETURN 1/);
    expect(neo4j?.healthcheck?.start_period).toBeDefined();
    const dataVolume = neo4j?.volumes?.find((volume) => volume.endsWith(":/data"))?.split(":")[0];
    expect(dataVolume && dataVolume in compose.volumes).toBe(true);
  });

  it("starts the app once Neo4j is healthy, wired by NEO4J_URI with matching credentials", () => {
    expect(app?.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(app?.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
    const [user, password] = (neo4j?.environment?.NEO4J_AUTH ?? "").split("/");
    expect(app?.environment?.NEO4J_USERNAME).toBe(user);
    expect(app?.environment?.NEO4J_PASSWORD).toBe(password);
  });
});
