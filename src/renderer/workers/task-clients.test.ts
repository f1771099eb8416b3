import { describe, expect, it } from 'vitest';
import { agreementOffThread } from './agreement-client';
import { compareOffThread } from './compare-client';
import { TaskCancelled } from './task-client';

const TEXT = 'Ana: We cut the budget.\nBen: You hid the numbers!\nAna: I propose an audit.';
const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

describe('the comparison and agreement workers (in-process under jsdom)', () => {
  it('compares layers and reports progress per document', async () => {
    const seen: number[] = [];
    const result = await compareOffThread(
      {
        documents: [{ id: 'd', text: TEXT, annotations: [
          { id: 'a1', coderId: 'ana', categoryId: 'claim', ...at('We cut the budget') },
          { id: 'b1', coderId: 'ben', categoryId: 'accusation', ...at('We cut the budget') },
        ] }],
        coderIds: ['ana', 'ben'],
      },
      { onProgress: (done) => seen.push(done) },
    );
    expect(result[0].documentId).toBe('d');
    expect(result[0].comparison.differences.map((d) => d.kinds)).toEqual([['category']]);
    expect(seen).toEqual([1]);
  });

  it('computes agreement on turns of joined documents, and unitizing alpha on characters', async () => {
    const layers = [
      { id: 'ana', coder: 'Ana', annotations: [{ categoryId: 'claim', ...at('We cut the budget') }, { categoryId: 'accusation', ...at('You hid the numbers') }] },
      { id: 'ben', coder: 'Ben', annotations: [{ categoryId: 'claim', ...at('We cut the budget') }, { categoryId: 'claim', ...at('You hid the numbers') }] },
    ];
    const categories = [{ id: 'claim', label: 'claim', order: 0 }, { id: 'accusation', label: 'accusation', order: 1 }];
    const turns = await agreementOffThread({ documents: [{ text: TEXT, layers }, { text: TEXT, layers }], categories, units: 'turn', level: 'nominal', weights: 'none' });
    if (!turns.ok) throw new Error(turns.error);
    expect(turns.value.basis.units).toEqual({ kind: 'turn', given: 6, used: 6 });
    expect(turns.value.units?.cohen.value).not.toBeNull();
    const chars = await agreementOffThread({ documents: [{ text: TEXT, layers }], categories, units: 'char', level: 'nominal', weights: 'none' });
    expect(chars.ok && chars.value.spans?.byCategory.map((c) => c.id)).toEqual(['claim', 'accusation']);
  });

  it('says when it was cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(compareOffThread({ documents: [], coderIds: [] }, { signal: controller.signal })).rejects.toBeInstanceOf(TaskCancelled);
  });
});
