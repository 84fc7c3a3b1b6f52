/**
 * The schema documents itself: graphql-schema-linter's rules (all of them, its defaults) run on the printed
 * schema and find nothing: every type, field, argument and enum value has a description, enum values are upper
 * case, connections follow the Relay specification.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { printSortedSchema } from "../../src/serve/index.ts";

interface LintError {
  ruleName: string;
  message: string;
}
interface Linter {
  validator: {
    validateSchemaDefinition(
      schema: {
        definition: string;
        sourceMap: null;
        getOriginalLocationFromCombinedLocation(l: unknown): unknown;
      },
      rules: unknown[],
      configuration: unknown,
    ): LintError[];
  };
  configuration: { Configuration: new (options: object, stdin: null) => { getRules(): { name: string }[] } };
}

const linter = createRequire(import.meta.url)("graphql-schema-linter") as Linter;

describe("the schema, linted", () => {
  it("passes every graphql-schema-linter rule", () => {
    const configuration = new linter.configuration.Configuration({ schemaPaths: [] }, null);
    const rules = configuration.getRules();
    expect(rules.map((rule) => rule.name)).toEqual(
      expect.arrayContaining(["FieldsHaveDescriptions", "ArgumentsHaveDescriptions", "EnumValuesAllCaps"]),
    );
    const errors = linter.validator.validateSchemaDefinition(
      { definition: printSortedSchema(), sourceMap: null, getOriginalLocationFromCombinedLocation: (l) => l },
      rules,
      configuration,
    );
    expect(errors.map((error) => `${error.ruleName}: ${error.message}`)).toEqual([]);
  });
});
