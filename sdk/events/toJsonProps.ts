const MAX_PROPS_BYTES = 32_768;

/**
 * Props as plain JSON data: functions, symbols and cycles dropped, size capped. Returns null when the
 * value is not an object or is too large.
 */
export function toJsonProps(props: unknown): Record<string, unknown> | null {
  if (props === undefined) return {};
  if (typeof props !== 'object' || props === null || Array.isArray(props)) return null;
  const seen = new WeakSet<object>();
  let text: string | undefined;
  try {
    text = JSON.stringify(props, (_key, value: unknown) => {
      if (typeof value === 'object' && value !== null) {
        if (seen.has(value)) return undefined;
        seen.add(value);
      }
      return typeof value === 'bigint' ? String(value) : value;
    });
  } catch {
    return null;
  }
  if (text === undefined || text.length > MAX_PROPS_BYTES) return null;
  return JSON.parse(text) as Record<string, unknown>;
}
