import { describe, expect, it } from 'vitest';
import { boundsEdit, deleteEdit, modifyEdit, tagEdit } from './annotation-edits';
import { DEFAULT_CATEGORIES } from './codebook';
import { invertEdit } from './edit';
import type { DocumentRecord } from './model';

const text = 'Spokesperson: We demand 🚢 ferries stay in port.';
const doc: DocumentRecord = { id: 'd', title: 't', text, hash: 'h', sourceName: '', importedAt: '', lastOpenedAt: '' };
const stamp = { coder: 'Ana', now: '2026-01-02T03:04:05.000Z' };

describe('annotation edits', () => {
  it('tags a span with quote, context, coder and times', () => {
    const start = text.indexOf('demand');
    const edit = tagEdit(doc, start, start + 6, DEFAULT_CATEGORIES[3], 'id1', stamp);
    expect(edit.label).toBe('Tag as demand');
    expect(edit.annotations[0].after).toMatchObject({
      id: 'id1',
      categoryId: 'demand',
      exact: 'demand',
      prefix: 'Spokesperson: We ',
      suffix: ' 🚢 ferries stay in port.',
      coder: 'Ana',
      created: stamp.now,
      status: 'placed',
    });
  });

  it('inverts: undoing a tag deletes it, undoing a delete restores it', () => {
    const tag = tagEdit(doc, 0, 5, DEFAULT_CATEGORIES[0], 'id1', stamp);
    const created = tag.annotations[0].after!;
    expect(invertEdit(tag).annotations).toEqual([{ before: created, after: null }]);
    expect(invertEdit(deleteEdit([created])).annotations).toEqual([{ before: null, after: created }]);
  });

  it('changes boundaries with a fresh quote and keeps the original creation time', () => {
    const created = tagEdit(doc, 0, 5, DEFAULT_CATEGORIES[0], 'id1', stamp).annotations[0].after!;
    const start = text.indexOf('We');
    const moved = boundsEdit(doc, created, start, text.indexOf(' ferries'), '2026-02-01T00:00:00.000Z').annotations[0].after!;
    expect(moved).toMatchObject({ exact: 'We demand 🚢', created: stamp.now, modified: '2026-02-01T00:00:00.000Z' });
    const memo = modifyEdit('Edit memo', moved, { memo: 'strong' }, stamp.now).annotations[0];
    expect(memo.before?.memo).toBe('');
    expect(memo.after?.memo).toBe('strong');
  });
});
