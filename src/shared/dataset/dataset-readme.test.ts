import { describe, expect, it } from 'vitest';
import { CODEBOOK_COLUMNS, DOCUMENT_COUNT_COLUMNS, SEGMENT_COLUMNS, SPEAKER_COUNT_COLUMNS, TURN_COLUMNS } from './columns';
import { columnDocumentation } from './dataset-readme';

describe('columnDocumentation', () => {
  const text = columnDocumentation();

  it.each([...SEGMENT_COLUMNS, ...DOCUMENT_COUNT_COLUMNS, ...CODEBOOK_COLUMNS, ...TURN_COLUMNS, ...SPEAKER_COUNT_COLUMNS].map((c) => [c.name, c.unit]))(
    'documents column %s with its unit',
    (name, unit) => {
      expect(text).toContain(`- \`${name}\` (${unit}): `);
    },
  );

  it('states the offset unit and the encoding rules', () => {
    expect(text).toMatch(/Unicode code points/);
    expect(text).toMatch(/half-open/);
    expect(text).toMatch(/0-based/);
    expect(text).toMatch(/RFC 4180/);
    expect(text).toMatch(/escape_backslash = TRUE/);
  });

  it('uses lowercase snake_case column names only', () => {
    for (const c of [...SEGMENT_COLUMNS, ...DOCUMENT_COUNT_COLUMNS, ...CODEBOOK_COLUMNS, ...TURN_COLUMNS, ...SPEAKER_COUNT_COLUMNS])
      expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});
