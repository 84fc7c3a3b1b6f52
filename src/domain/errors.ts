/** Bad input: says what is wrong and where (file, line, field), so a user can fix the record. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
    readonly field?: string,
  ) {
    super(`${file}:${line}${field ? ` (${field})` : ""}: ${reason}`);
    this.name = "InputError";
  }
}
