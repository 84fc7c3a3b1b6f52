import { InputError } from "../../../src/domain/errors.ts";

/** The InputError a parse throws; any other outcome (no error, another error) fails the test. */
export function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}
