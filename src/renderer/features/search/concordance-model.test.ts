import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../shared/codebook';
import type { Annotation, DocumentRecord } from '../../../shared/model';
import { kwicRow } from '../../../shared/search/kwic';
import { contentHash } from '../../../shared/text/hash';
import { detectStructure } from '../../../shared/transcript/structure';
import { codedLines, filterLines, rowKey, spanFor } from './concordance-model';
import { concordanceTagEdit } from './concordance-tagging';

const TEXT = 'Mara: The ferry is late. The ferry must sail.\nQuestion: Which ferry?\nMara: The night ferry.';
const doc: DocumentRecord = { id: 'd', title: 'D', text: TEXT, hash: contentHash(TEXT), sourceName: '', importedAt: '', lastOpenedAt: '' };
const structure = detectStructure(TEXT, doc.hash);
const rows = [...TEXT.matchAll(/ferry/g)].map((m) => kwicRow('d', TEXT, m.index, m.index + 5, structure, 10));
const claim = DEFAULT_CATEGORIES[0];
const annotation = (start: number, end: number, coder = 'Ana', categoryId = claim.id): Annotation => ({
  id: `${start}-${end}`,
  documentId: 'd',
  categoryId,
  start,
  end,
  exact: TEXT.slice(start, end),
  prefix: '',
  suffix: '',
  memo: '',
  coder,
  coderId: `id-${coder}`,
  editorId: `id-${coder}`,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  status: 'placed',
});

describe('concordance lines', () => {
  it('know which annotations code their hit', () => {
    const coded = codedLines(rows, new Map([['d', [annotation(6, 24, 'Ben'), annotation(30, 35, 'Ana', 'demand')]]]));
    expect(rows.map((r) => coded.get(rowKey(r)))).toEqual([[{ categoryId: claim.id, coder: 'Ben' }], [{ categoryId: 'demand', coder: 'Ana' }], [], []]);
  });

  it('filter by speaker, document and category (or not coded)', () => {
    const coded = codedLines(rows, new Map([['d', [annotation(6, 24)]]]));
    const by = (filter: Partial<{ document: string; speaker: string; category: string }>) =>
      filterLines(rows, coded, { document: '', speaker: '', category: '', ...filter }).map((r) => r.start);
    expect(by({ speaker: 'Question' })).toEqual([rows[2].start]);
    expect(by({ category: claim.id })).toEqual([rows[0].start]);
    expect(by({ category: 'none' })).toEqual([rows[1].start, rows[2].start, rows[3].start]);
    expect(by({ document: 'other' })).toEqual([]);
  });

  it('give the hit, its sentence without the label, or its turn’s speech', () => {
    const span = (i: number, scope: 'hit' | 'sentence' | 'turn') => {
      const s = spanFor(rows[i], scope, TEXT, structure)!;
      return TEXT.slice(s.start, s.end);
    };
    expect(span(0, 'hit')).toBe('ferry');
    expect(span(1, 'sentence')).toBe('The ferry must sail.');
    expect(span(0, 'turn')).toBe('The ferry is late. The ferry must sail.');
    expect(span(2, 'sentence')).toBe('Which ferry?');
  });
});

describe('tagging from the concordance', () => {
  const context = (annotations: Annotation[] = []) => ({ documents: new Map([['d', doc]]), structures: new Map([['d', structure]]), annotations: new Map([['d', annotations]]) });
  let n = 0;
  const ids = () => `new-${n++}`;

  it('tags every chosen hit in one edit', () => {
    const t = concordanceTagEdit(rows.slice(0, 3), 'hit', claim, context(), { id: 'id-Ana', name: 'Ana' }, { editorId: 'id-Ana', now: '2026-01-02T00:00:00.000Z' }, ids);
    expect(t.tagged).toBe(3);
    expect(t.edit?.label).toBe('Tag 3 hits as claim');
    expect(t.edit?.annotations.map((c) => c.after?.exact)).toEqual(['ferry', 'ferry', 'ferry']);
    expect(t.edit?.annotations.every((c) => c.before === null && c.after?.coder === 'Ana')).toBe(true);
  });

  it('tags a turn once for two hits in it, and not again where it is already so coded', () => {
    const first = rows[0];
    const turnSpan = spanFor(first, 'turn', TEXT, structure)!;
    const t = concordanceTagEdit(rows, 'turn', claim, context([annotation(turnSpan.start, turnSpan.end)]), { id: 'id-Ana', name: 'Ana' }, { editorId: 'id-Ana', now: '2026-01-02T00:00:00.000Z' }, ids);
    expect(t.edit?.annotations.map((c) => c.after?.exact)).toEqual(['Which ferry?', 'The night ferry.']);
    expect(t.duplicates).toBe(2);
    expect(t.edit?.label).toBe('Tag 2 turns as claim');
  });
});
