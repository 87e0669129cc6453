/** Collects the parameters of one statement, handing out `$n` placeholders in order. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** A placeholder for `value`, with an optional cast (`$3::jsonb`). */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}
