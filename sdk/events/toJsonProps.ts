const MAX_PROPS_BYTES = 32_768;
/** Deepest nesting kept (the props object is level 1): deeper data is refused before it is queued. */
export const MAX_PROPS_DEPTH = 16;

/**
 * Props as plain JSON data: functions, symbols and cycles dropped, size and depth capped. Returns
 * null when the value is not an object, is too large or nested too deep.
 */
export function toJsonProps(props: unknown): Record<string, unknown> | null {
  if (props === undefined) return {};
  if (typeof props !== 'object' || props === null || Array.isArray(props)) return null;
  const seen = new WeakSet<object>();
  const depths = new WeakMap<object, number>();
  let tooDeep = false;
  let text: string | undefined;
  try {
    text = JSON.stringify(props, function (this: object, _key, value: unknown) {
      if (typeof value === 'object' && value !== null) {
        if (seen.has(value)) return undefined;
        seen.add(value);
        const depth = (depths.get(this) ?? 0) + 1;
        if (depth > MAX_PROPS_DEPTH) {
          tooDeep = true;
          return undefined;
        }
        depths.set(value, depth);
      }
      return typeof value === 'bigint' ? String(value) : value;
    });
  } catch {
    return null;
  }
  if (tooDeep || text === undefined || text.length > MAX_PROPS_BYTES) return null;
  return JSON.parse(text) as Record<string, unknown>;
}
