/**
 * Bad input is an expected outcome, not a bug: it carries a code, a Chinese and an English message
 * saying what is wrong and what to send instead, and where (file, page, line) when known.
 * Surfaces print `zh` (and `en` where asked) and exit 2; they never print a stack trace for it.
 */
export type InputErrorCode =
  | "empty"
  | "too-large"
  | "binary"
  | "encoding"
  | "not-a-report"
  | "no-tables"
  | "unsupported-format"
  | "corrupt"
  | "encrypted"
  | "scanned-pdf"
  | "zip-bomb"
  | "not-found"
  | "not-a-file"
  | "unreadable";

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly zh: string;
  readonly en: string;
  readonly where: string | undefined;
  constructor(code: InputErrorCode, zh: string, en: string, where?: string) {
    super(`${zh} / ${en}`);
    this.name = "InputError";
    this.code = code;
    this.zh = zh;
    this.en = en;
    this.where = where;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
