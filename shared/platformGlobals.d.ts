/**
 * The few globals the pure part of shared/ may use: the ones browsers and Node (≥ 20) both have,
 * declared as narrowly as shared uses them, so anything else that only one runtime has (the DOM,
 * `process`, `Buffer`) fails shared's own type-check (shared/tsconfig.json). Other configs get the
 * full declarations from lib.dom or @types/node instead of these.
 */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly hash: string;
  readonly href: string;
  readonly pathname: string;
  readonly search: string;
}

declare const crypto: {
  getRandomValues<T extends Uint8Array>(array: T): T;
};
