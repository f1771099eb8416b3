import { describe, expect, it } from 'vitest';
import { adoptEdit, boundsEdit, deleteEdit, modifyEdit, tagEdit } from './annotation-edits';
import { DEFAULT_CATEGORIES } from './codebook';
import { invertEdit } from './edit';
import type { DocumentRecord } from './model';

const text = 'Spokesperson: We demand 🚢 ferries stay in port.';
const doc: DocumentRecord = { id: 'd', title: 't', text, hash: 'h', sourceName: '', importedAt: '', lastOpenedAt: '' };
const stamp = { editorId: 'ana-id', now: '2026-01-02T03:04:05.000Z' };
const ana = { id: 'ana-id', name: 'Ana' };
const ben = { id: 'ben-id', name: 'Ben' };

describe('annotation edits', () => {
  it('tags a span with quote, context, coder and times', () => {
    const start = text.indexOf('demand');
    const edit = tagEdit(doc, start, start + 6, DEFAULT_CATEGORIES[3], 'id1', ana, stamp);
    expect(edit.label).toBe('Tag as demand');
    expect(edit.annotations[0].after).toMatchObject({
      id: 'id1',
      categoryId: 'demand',
      exact: 'demand',
      prefix: 'Spokesperson: We ',
      suffix: ' 🚢 ferries stay in port.',
      coderId: 'ana-id',
      coder: 'Ana',
      editorId: 'ana-id',
      created: stamp.now,
      status: 'placed',
    });
  });

  it('inverts: undoing a tag deletes it, undoing a delete restores it', () => {
    const tag = tagEdit(doc, 0, 5, DEFAULT_CATEGORIES[0], 'id1', ana, stamp);
    const created = tag.annotations[0].after!;
    expect(invertEdit(tag).annotations).toEqual([{ before: created, after: null }]);
    expect(invertEdit(deleteEdit([created])).annotations).toEqual([{ before: null, after: created }]);
  });

  it('changes boundaries with a fresh quote and keeps the original creation time', () => {
    const created = tagEdit(doc, 0, 5, DEFAULT_CATEGORIES[0], 'id1', ana, stamp).annotations[0].after!;
    const start = text.indexOf('We');
    const moved = boundsEdit(doc, created, start, text.indexOf(' ferries'), { editorId: 'ana-id', now: '2026-02-01T00:00:00.000Z' }).annotations[0].after!;
    expect(moved).toMatchObject({ exact: 'We demand 🚢', created: stamp.now, modified: '2026-02-01T00:00:00.000Z' });
    const memo = modifyEdit('Edit memo', moved, { memo: 'strong' }, stamp).annotations[0];
    expect(memo.before?.memo).toBe('');
    expect(memo.after?.memo).toBe('strong');
  });

  it('never changes who made an annotation, and records the editor', () => {
    const created = tagEdit(doc, 0, 5, DEFAULT_CATEGORIES[0], 'id1', { id: 'consensus', name: 'Consensus' }, stamp).annotations[0].after!;
    expect(created).toMatchObject({ coderId: 'consensus', editorId: 'ana-id' });
    const changed = modifyEdit('x', created, { coderId: 'ana-id', memo: 'm' }, { editorId: 'ben-id', now: stamp.now }).annotations[0].after!;
    expect(changed).toMatchObject({ coderId: 'consensus', editorId: 'ben-id', memo: 'm' });
  });

  it('adopts other coders\' annotations as new ones in the own layer, without their memos, skipping what is there', () => {
    const start = text.indexOf('demand');
    const theirs = tagEdit(doc, start, start + 6, DEFAULT_CATEGORIES[3], 'b1', ben, { editorId: 'ben-id', now: stamp.now }).annotations[0].after!;
    const withMemo = { ...theirs, id: 'b2', start: 0, end: 5, memo: 'Ben thinks so' };
    const orphan = { ...theirs, id: 'b3', status: 'orphan' as const };
    const mine = { ...theirs, id: 'a1', coderId: 'ana-id', coder: 'Ana' };
    let n = 0;
    const edit = adoptEdit([theirs, withMemo, orphan, mine], doc, [mine], ana, stamp, () => `new-${++n}`)!;
    expect(edit.label).toBe('Adopt annotation as mine');
    expect(edit.annotations).toHaveLength(1);
    expect(edit.annotations[0]).toMatchObject({ before: null, after: { id: 'new-1', start: 0, end: 5, memo: '', coderId: 'ana-id', coder: 'Ana', editorId: 'ana-id' } });
    expect(adoptEdit([theirs], doc, [mine], ana, stamp, () => 'x')).toBeNull();
    expect(adoptEdit([theirs, withMemo], doc, [], ana, stamp, () => `n${++n}`)!.label).toBe('Adopt 2 annotations as mine');
  });
});
