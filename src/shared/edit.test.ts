import { describe, expect, it } from 'vitest';
import { invertEdit, mergeEdits, type Edit } from './edit';
import type { Annotation } from './model';
import type { StructureRecord } from './transcript/structure-record';

const ann = (id: string, memo: string): Annotation => ({
  id,
  documentId: 'd1',
  categoryId: 'claim',
  start: 0,
  end: 4,
  exact: 'Text',
  prefix: '',
  suffix: '',
  memo,
  coderId: 'ana-id',
  coder: 'Ana',
  editorId: 'ana-id',
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
  status: 'placed',
});
const memoEdit = (id: string, from: string, to: string): Edit => ({
  label: 'Edit memo',
  annotations: [{ before: ann(id, from), after: ann(id, to) }],
  categories: [],
});

describe('mergeEdits', () => {
  it('goes from the state before the first edit to the state after the second', () => {
    const merged = mergeEdits(memoEdit('a', '', 'Pre'), memoEdit('a', 'Pre', 'Presented as fact'));
    expect(merged.annotations).toEqual([{ before: ann('a', ''), after: ann('a', 'Presented as fact') }]);
    expect(invertEdit(merged).annotations[0].after?.memo).toBe('');
  });

  it('keeps records that only one of the two edits changed', () => {
    const merged = mergeEdits(memoEdit('a', '', 'x'), memoEdit('b', '', 'y'));
    expect(merged.annotations.map((c) => c.after?.id)).toEqual(['a', 'b']);
  });

  it('drops a record created by the first and deleted by the second', () => {
    const created: Edit = { label: 'Tag', annotations: [{ before: null, after: ann('a', '') }], categories: [] };
    const deleted: Edit = { label: 'Delete', annotations: [{ before: ann('a', ''), after: null }], categories: [] };
    expect(mergeEdits(created, deleted).annotations).toEqual([]);
  });

  it('merges coder changes and keeps an import an import', () => {
    const coder = { id: 'c', name: 'Ana', kind: 'person' as const };
    const a: Edit = { label: 'a', annotations: [], categories: [], coders: [{ before: null, after: coder }], origin: 'import' };
    const b: Edit = { label: 'b', annotations: [], categories: [], coders: [{ before: coder, after: { ...coder, name: 'Ana K.' } }], origin: 'import' };
    expect(mergeEdits(a, b)).toMatchObject({ coders: [{ before: null, after: { name: 'Ana K.' } }], origin: 'import' });
    expect(invertEdit(a)).toMatchObject({ coders: [{ before: coder, after: null }], origin: 'import' });
  });
});

describe('structure changes', () => {
  const structure = (confirmedAt: string | null): StructureRecord => ({
    documentId: 'd1',
    structure: { version: 1, hash: 'h', convention: 'name-colon', turns: [], rejected: [], aliases: [], exclusions: [], confirmedAt },
  });
  const correction = (from: string | null, to: string | null): Edit => ({
    label: 'Confirm speakers',
    annotations: [],
    categories: [],
    structures: [{ before: structure(from), after: structure(to) }],
  });

  it('are inverted with the rest of the edit', () => {
    expect(invertEdit(correction(null, 'x')).structures).toEqual([{ before: structure('x'), after: structure(null) }]);
    expect(invertEdit({ label: 'Tag', annotations: [], categories: [] })).not.toHaveProperty('structures');
  });

  it('merge by document: the first before and the last after', () => {
    const merged = mergeEdits(correction(null, 'a'), correction('a', 'b'));
    expect(merged.structures).toEqual([{ before: structure(null), after: structure('b') }]);
  });
});
