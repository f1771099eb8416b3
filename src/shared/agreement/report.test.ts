import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './alpha';
import { codeGrid } from './coded-data';
import type { CategoryRef, CoderLayer } from './layers';
import { agreementReport } from './report';
import { NONE_LABEL, UNIT_RULE } from './rules';
import { paragraphUnits, sentenceUnits } from './unit-ranges';

const TEXT = 'MÜLLER: We cut the budget 📉. It was needed.\nSCHMIDT: You hid the numbers!\n\nMÜLLER: I propose an audit.';
const CODEBOOK: CategoryRef[] = [
  { id: 'claim', label: 'claim', order: 0 },
  { id: 'accusation', label: 'accusation', order: 1 },
  { id: 'proposal', label: 'proposal', order: 2 },
];

function layer(coder: string, spans: [string, string][]): CoderLayer {
  return {
    coder,
    annotations: spans.map(([categoryId, quote]) => {
      const start = TEXT.indexOf(quote);
      if (start < 0) throw new Error(quote);
      return { categoryId, start, end: start + quote.length };
    }),
  };
}

const ANNA = layer('Anna', [['claim', 'We cut the budget 📉.'], ['accusation', 'You hid the numbers!'], ['proposal', 'I propose an audit.']]);
const BEN = layer('Ben', [['claim', 'We cut the budget'], ['claim', 'You hid the numbers!'], ['proposal', 'I propose an audit.']]);

describe('agreementReport', () => {
  it('computes alpha and the kappas on sentences, with the values UNIT_RULE gives', () => {
    const result = agreementReport({ text: TEXT, layers: [ANNA, BEN], categories: CODEBOOK, units: { kind: 'sentence', ranges: sentenceUnits(TEXT) }, bootstrap: null });
    if (!result.ok) throw new Error(result.error);
    const { units, basis } = result.value;
    // Sentences: "We cut…📉.", "It was needed.", "You hid the numbers!", "I propose an audit."
    const expected = krippendorffAlpha(
      codeGrid(['Anna', 'Ben'], ['1', '2', '3', '4'], [['claim', 'claim'], [NONE_LABEL, NONE_LABEL], ['accusation', 'claim'], ['proposal', 'proposal']]),
    ).value;
    expect(units?.alpha.value).toBeCloseTo(expected as number, 12);
    expect(units?.cohen.value).not.toBeNull();
    expect(units?.percent.value).toBe(75);
    expect(units?.confusion.labels).toEqual(['claim', 'accusation', 'proposal', NONE_LABEL]);
    expect(units?.interval).toBeNull();
    expect(basis.units).toEqual({ kind: 'sentence', given: 4, used: 4 });
    expect(basis.rules.units).toBe(UNIT_RULE);
    expect(basis.coders).toEqual([
      { name: 'Anna', annotations: 3 },
      { name: 'Ben', annotations: 3 },
    ]);
  });

  it('computes unitizing alpha per category and a confusion matrix in code points', () => {
    const result = agreementReport({ text: TEXT, layers: [ANNA, BEN], categories: CODEBOOK, units: null });
    if (!result.ok) throw new Error(result.error);
    const spans = result.value.spans;
    expect(spans?.byCategory.map((c) => c.label)).toEqual(['claim', 'accusation', 'proposal']);
    expect(spans?.byCategory.find((c) => c.id === 'proposal')?.value).toBe(1);
    expect(spans?.overall.value).not.toBeNull();
    const confusion = spans?.confusion;
    // "You hid the numbers!" is 20 code points: Anna accusation, Ben claim.
    const row = confusion?.labels.indexOf('accusation') as number;
    const col = confusion?.labels.indexOf('claim') as number;
    expect(confusion?.counts[row][col]).toBe(20);
    // The code points of " 📉." Anna has as claim and Ben has not: space, emoji (one), full stop.
    expect(confusion?.counts[confusion.labels.indexOf('claim')][confusion.labels.indexOf(NONE_LABEL)]).toBe(3);
    expect(confusion?.total).toBe(result.value.basis.text.codePoints);
    expect(result.value.units).toBeNull();
  });

  it('joins layers of one coder and gives the bootstrap interval by default', () => {
    const split = [layer('Anna', [['claim', 'We cut the budget 📉.']]), layer('Anna', [['accusation', 'You hid the numbers!'], ['proposal', 'I propose an audit.']]), BEN];
    const result = agreementReport({ text: TEXT, layers: split, categories: CODEBOOK, units: { kind: 'paragraph', ranges: paragraphUnits(TEXT) } });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.basis.coders.map((c) => c.name)).toEqual(['Anna', 'Ben']);
    expect(result.value.units?.interval?.resamples).toBe(1000);
  });

  it('refuses overlapping units with a sentence naming them', () => {
    const result = agreementReport({
      text: TEXT,
      layers: [ANNA, BEN],
      categories: CODEBOOK,
      units: { kind: 'custom', ranges: [{ start: 0, end: 10, name: 'A' }, { start: 5, end: 12, name: 'B' }] },
    });
    expect(result).toEqual({ ok: false, error: 'The units “A” and “B” overlap or are out of order.' });
  });

  it('says why figures are missing for a single coder', () => {
    const result = agreementReport({ text: TEXT, layers: [ANNA], categories: CODEBOOK, units: { kind: 'paragraph', ranges: paragraphUnits(TEXT) } });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.spans?.overall.reason).toContain('at least two coders');
    expect(result.value.units?.alpha.reason).toContain('at least two coders');
    expect(result.value.units?.cohen.reason).toContain('exactly two coders');
    expect(result.value.units?.interval?.reason).toContain('alpha itself is undefined');
  });
});
