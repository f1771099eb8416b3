import { describe, expect, it } from 'vitest';
import { formatTable } from './csv';
import { datasetReadme, targetOptions } from './targets';

describe('dataset targets', () => {
  it('writes exact text for statistics tools and guarded CRLF CSV with a BOM for Excel', () => {
    const rows = [['=SUM(A1)', 'Yury Ushakov']];
    const stats = formatTable(['exact', 'speaker'], rows, targetOptions('statistics', 'csv'));
    expect(stats).toBe('exact,speaker\n=SUM(A1),Yury Ushakov\n');
    const excel = formatTable(['exact', 'speaker'], rows, targetOptions('excel', 'tsv'));
    expect(excel).toBe("\uFEFFexact,speaker\r\n'=SUM(A1),Yury Ushakov\r\n");
  });

  it('says in the README which target the files were written for', () => {
    expect(datasetReadme('statistics', targetOptions('statistics', 'tsv'))).toContain('Written for R, pandas, Stata, SPSS');
    expect(datasetReadme('statistics', targetOptions('statistics', 'tsv'))).toContain('Format: TSV; line endings: LF; byte-order mark: no; formula guard: off');
    expect(datasetReadme('excel', targetOptions('excel', 'csv'))).toContain('byte-order mark: yes; formula guard: on');
  });
});
