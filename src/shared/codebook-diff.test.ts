import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from './codebook';
import { codebookChoices, compareCodebooks } from './codebook-diff';
import type { Category } from './model';

const mine = [...DEFAULT_CATEGORIES];
const claim = mine[0];

describe('compareCodebooks', () => {
  it('finds a category the file labels differently, and one the library lacks', () => {
    const theirs: Category[] = [
      { ...claim, label: 'assertion', colour: claim.colour.toLowerCase() },
      mine[1],
      { ...claim, id: 'denial', label: 'denial', order: 9 },
      { ...mine[2], id: 'other-id' }, // same label as a category of mine: not new
    ];
    const { changed, added } = compareCodebooks(mine, theirs);
    expect(changed).toEqual([{ id: 'claim', mine: claim, theirs: theirs[0], fields: ['label'] }]);
    expect(added.map((c) => c.id)).toEqual(['denial']);
  });

  it('applies only the differences the user takes, keeping keys and order', () => {
    const theirs: Category[] = [{ ...claim, label: 'assertion', definition: 'Says so.', shortcut: '9', order: 7 }, { ...claim, id: 'denial', label: 'denial', shortcut: '1' }];
    const comparison = compareCodebooks(mine, theirs);
    const none = codebookChoices(mine, comparison, new Set());
    expect(none).toEqual({ changes: [], problems: [] });
    const all = codebookChoices(mine, comparison, new Set(['claim', 'denial']));
    expect(all.problems).toEqual([]);
    expect(all.changes).toEqual([
      { before: claim, after: { ...claim, label: 'assertion', definition: 'Says so.' } },
      { before: null, after: { ...theirs[1], order: 4, shortcut: '' } },
    ]);
  });

  it('refuses a taken label that another category already has', () => {
    const theirs: Category[] = [{ ...claim, label: 'demand' }];
    const result = codebookChoices(mine, compareCodebooks(mine, theirs), new Set(['claim']));
    expect(result.changes).toEqual([]);
    expect(result.problems).toEqual(['demand: There is already a category called “demand”.']);
  });
});
