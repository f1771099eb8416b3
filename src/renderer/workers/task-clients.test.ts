import { describe, expect, it } from 'vitest';
import { agreementOffThread } from './agreement-client';
import { packLayer } from './agreement-task';
import { compareOffThread } from './compare-client';
import { TaskCancelled } from './task-client';

const TEXT = 'Ana: We cut the budget.\nBen: You hid the numbers!\nAna: I propose an audit.';
const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

describe('the comparison and agreement workers (in-process under jsdom)', () => {
  it('compares layers and reports progress per document', async () => {
    const seen: number[] = [];
    const ana = { id: 'a1', coderId: 'ana', categoryId: 'claim', ...at('We cut the budget') };
    const ben = { id: 'b1', coderId: 'ben', categoryId: 'accusation', ...at('We cut the budget') };
    const other = { id: 'c1', coderId: 'cleo', categoryId: 'claim', ...at('You hid') };
    const result = await compareOffThread([{ id: 'd', text: TEXT, annotations: [ana, ben, other] }], ['ana', 'ben'], { onProgress: (done) => seen.push(done) });
    expect(result[0].documentId).toBe('d');
    expect(result[0].comparison.differences.map((d) => d.kinds)).toEqual([['category']]);
    // The caller's own objects come back.
    expect(result[0].comparison.differences[0].versions.map((v) => v.annotation)).toEqual([ana, ben]);
    expect(seen).toEqual([1]);
  });

  it('computes agreement on turns of joined documents, and unitizing alpha on characters', async () => {
    const ids = ['claim', 'accusation'];
    const layers = () => [
      packLayer('ana', 'Ana', [{ categoryId: 'claim', ...at('We cut the budget') }, { categoryId: 'accusation', ...at('You hid the numbers') }], ids),
      packLayer('ben', 'Ben', [{ categoryId: 'claim', ...at('We cut the budget') }, { categoryId: 'claim', ...at('You hid the numbers') }], ids),
    ];
    const categories = [{ id: 'claim', label: 'claim', order: 0 }, { id: 'accusation', label: 'accusation', order: 1 }];
    const request = { categories, level: 'nominal' as const, weights: 'none' as const };
    const turns = await agreementOffThread({ ...request, documents: [{ text: TEXT, layers: layers() }, { text: TEXT, layers: layers() }], units: 'turn', bootstrap: false });
    if (!turns.ok) throw new Error(turns.error);
    expect(turns.value.basis.units).toEqual({ kind: 'turn', given: 6, used: 6 });
    expect(turns.value.units?.cohen.value).not.toBeNull();
    expect(turns.value.units?.interval).toBeNull();
    const interval = await agreementOffThread({ ...request, documents: [{ text: TEXT, layers: layers() }], units: 'turn', bootstrap: true, unitsOnly: true });
    expect(interval.ok && interval.value.units?.interval?.resamples).toBe(1000);
    const chars = await agreementOffThread({ ...request, documents: [{ text: TEXT, layers: layers() }], units: 'char', bootstrap: false });
    expect(chars.ok && chars.value.spans?.byCategory.map((c) => c.id)).toEqual(['claim', 'accusation']);
  });

  it('says when it was cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(compareOffThread([], [], { signal: controller.signal })).rejects.toBeInstanceOf(TaskCancelled);
  });
});
