// What the diagnosis proposes: data only; wording lives in ../templates.*.ts.

export type CauseKind =
  | "single-cell" // one wrong cell where a failing row and a failing column cross (spec §4.2 B6)
  | "missing-column" // an applicant column dropped from some rows; its values would balance them
  | "short-row" // a row printed with fewer numbers than columns; which column is absent
  | "ambiguous-reading" // the reader saw digits run together; one candidate reading balances
  | "joined-digits" // two values run together in one cell
  | "split-digits" // one value spread over two cells
  | "transposed-digits" // two adjacent digits swapped (difference divisible by 9)
  | "neighbour" // a value typed in the neighbouring column or row
  | "whole-row" // several cells of one row wrong together, the row still adding up (copied row)
  | "whole-column" // several cells of one column wrong together, the column still adding up
  | "last-year" // a total copied from last year's report
  | "unit-slip" // 元 entered in a 万元 column
  | "excess-decimals" // more than 4 decimals in 万元: sub-元 residue of a conversion
  | "narrative-overlap" // listed parts exceed the stated total by exactly some of the parts
  | "narrative-missing-part"; // listed parts fall short of the stated total

export type Confidence = "high" | "medium" | "low";

/** A proposed change to one cell, never applied to the report itself. */
export interface Change {
  cell: string;
  from: number | null;
  to: number;
}

export interface Cause {
  kind: CauseKind;
  confidence: Confidence;
  /** 0..1, for ranking; higher is more likely. */
  score: number;
  changes: Change[];
  /** Keys of the equations (./equations.ts) that hold after the change and failed before. */
  clears: string[];
  /** Ids of the findings the change would clear (filled by diagnose()). */
  clearsFindings: string[];
  /** Numbers and labels the templates need; numbers stay numbers. */
  data: Record<string, string | number | number[] | string[]>;
}

export interface Diagnosis {
  findingId: string;
  /** Best first. Empty when nothing convincing was found. */
  causes: Cause[];
}
