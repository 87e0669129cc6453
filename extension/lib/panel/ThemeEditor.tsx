import type { Theme } from '../../../shared/schema/theme.ts';
import { NumberField, SelectField, TextField } from './fields.tsx';

const COLORS = [['brandColor', 'Brand colour'], ['textColor', 'Text colour'], ['backgroundColor', 'Background colour']] as const;

/** Brand overrides for this flow: colours, font, corner radius, light/dark mode. */
export function ThemeEditor({ theme, onCommit }: { theme: Theme | undefined; onCommit: (theme: Theme | undefined, note: string) => void }) {
  const set = (changes: Partial<Theme>, note: string) => {
    const next: Record<string, unknown> = { ...theme, ...changes };
    for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === '') delete next[key];
    onCommit(Object.keys(next).length ? (next as Theme) : undefined, note);
  };
  return (
    <div class="theme">
      {COLORS.map(([key, label]) => (
        <div class="row" key={key}>
          <label class="color">
            {label}
            <input type="color" value={/^#[0-9a-f]{6}$/i.test(theme?.[key] ?? '') ? theme?.[key] : '#4f46e5'} onChange={(e) => set({ [key]: (e.currentTarget as HTMLInputElement).value }, label)} />
          </label>
          <TextField label={`${label} value`} value={theme?.[key]} onCommit={(value) => set({ [key]: value || undefined }, label)} />
        </div>
      ))}
      <TextField label="Font" value={theme?.font} placeholder='"Inter", system-ui, sans-serif' onCommit={(font) => set({ font: font || undefined }, 'Font')} />
      <NumberField label="Corner radius (px)" value={theme?.radius} min={0} max={40} onCommit={(radius) => set({ radius }, 'Radius')} />
      <SelectField label="Mode" value={theme?.mode ?? 'light'} options={[['light', 'Light'], ['dark', 'Dark'], ['auto', 'Follow the system']] as const} onCommit={(mode) => set({ mode }, 'Mode')} />
    </div>
  );
}
