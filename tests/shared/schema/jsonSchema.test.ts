import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from '../../../shared/schema/jsonSchema.ts';

describe('generated JSON Schema', () => {
  it('is up to date with the zod schemas (run `npm run schema` if this fails)', () => {
    for (const [file, text] of Object.entries(renderJsonSchemas())) {
      expect(readFileSync(`shared/schema/json/${file}`, 'utf8'), file).toBe(text);
    }
  });

  it('describes the step kinds and the content tree by name', () => {
    const flow = JSON.parse(renderJsonSchemas()['flow.schema.json']!);
    expect(Object.keys(flow.$defs)).toEqual(expect.arrayContaining(['TooltipStep', 'ModalStep', 'BarStep', 'HotspotStep', 'SurveyStep', 'Content', 'Anchor', 'Condition']));
    expect(flow.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'version', 'name', 'kind', 'steps', 'trigger', 'frequency']));
    expect(flow.$defs.TooltipStep.required).toContain('anchor');
  });
});
