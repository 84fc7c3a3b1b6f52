import { describe, expect, it } from "vitest";
import { readableMessage } from "../../../explorer/src/api.ts";

describe("the explorer's messages", () => {
  it("say an unknown model in words, not in the API's argument jargon", () => {
    const server = 'No model is named "Gemmma" (argument `root`). Did you mean "Gemma" or "Gemma 2"?';
    expect(readableMessage(server, ["Gemma", "Gemma 2"])).toBe('No model named "Gemmma".');
    expect(readableMessage(server)).toBe('No model named "Gemmma". Did you mean "Gemma" or "Gemma 2"?');
    expect(readableMessage('No model is named "X" (argument `from`).')).toBe('No model named "X".');
  });
});
