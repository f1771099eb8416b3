/**
 * The budgets of an imported annotation file (issue 15, findings 2, 3 and 6): each refusal
 * names the file or the annotation, the property and the limit.
 */
import { describe, expect, it } from 'vitest';
import { ANNOTATION_LIMITS, FILE_LIMITS } from '../limits';
import { describeProblem, parseAnnotationFile, type ParsedFile } from './import';

const row = (id: string, over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  uri: 'https://example.org/t',
  user: 'acct:ana@example.org',
  tags: ['claim'],
  text: '',
  target: [{ source: 'https://example.org/t', selector: [{ type: 'TextQuoteSelector', exact: 'the talks', prefix: 'said ', suffix: ' would' }] }],
  ...over,
});

function parsed(value: unknown): ParsedFile {
  const result = parseAnnotationFile(JSON.stringify(value), 'hostile.json');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function refusal(value: unknown): string {
  const result = parseAnnotationFile(typeof value === 'string' ? value : JSON.stringify(value), 'hostile.json');
  if (result.ok) throw new Error('accepted');
  return result.error;
}

describe('annotation file budgets', () => {
  it('does not read an annotation with more tags than one annotation may carry (50,000 before: 50,000 categories)', () => {
    const tags = Array.from({ length: 50_000 }, (_, i) => `tag${i}`);
    const file = parsed({ annotations: [row('flood', { tags }), row('fine')] });
    expect(file.annotations.map((a) => a.id)).toEqual(['fine']);
    expect(file.problems.map(describeProblem)).toEqual([`Annotation 1 (flood): “tags” names 50,000 categories; the limit is ${ANNOTATION_LIMITS.maxCategories} per annotation.`]);
  });

  it('refuses a file that would bring more categories than a codebook takes from one file', () => {
    const rows = Array.from({ length: FILE_LIMITS.maxCategories + 1 }, (_, i) => row(`r${i}`, { tags: [`code ${i}`] }));
    expect(refusal({ annotations: rows })).toBe('hostile.json uses 2,001 categories, more than the 2,000 that one file may bring into a codebook. Nothing was imported.');
  });

  it('refuses a file naming more coders than one file may hold', () => {
    const rows = Array.from({ length: FILE_LIMITS.maxCoders + 1 }, (_, i) => row(`r${i}`, { user: `acct:coder${i}@example.org` }));
    expect(refusal({ annotations: rows })).toMatch(/^hostile\.json names 1,001 coders, more than the 1,000/);
  });

  it.each([
    { name: 'Hypothesis text', file: { annotations: [row('m', { text: 'x'.repeat(ANNOTATION_LIMITS.maxMemoChars + 1) })] }, problem: /^Annotation 1 \(m\): “text” holds a memo of 100,001 characters; the limit is 100,000\.$/ },
    {
      name: 'W3C bodies',
      file: [{ id: 'urn:uuid:w', type: 'Annotation', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, { type: 'TextualBody', value: 'y'.repeat(60_000) }, { type: 'TextualBody', value: 'z'.repeat(60_000) }], target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'q' } } }],
      problem: /^Annotation 1 \(urn:uuid:w\): “body” holds a memo of 120,000 characters; the limit is 100,000\.$/,
    },
  ])('does not read a memo over the memo budget ($name)', ({ file, problem }) => {
    const result = parsed(file);
    expect(result.annotations).toEqual([]);
    expect(describeProblem(result.problems[0])).toMatch(problem);
  });

  it('does not read a quote over the quote budget', () => {
    const exact = 'q'.repeat(ANNOTATION_LIMITS.maxQuoteChars + 1);
    const result = parsed({ annotations: [row('long', { target: [{ selector: [{ type: 'TextQuoteSelector', exact }] }] })] });
    expect(describeProblem(result.problems[0])).toBe('Annotation 1 (long): “target[0].selector[0].exact” is 1,000,001 characters long; the limit is 1,000,000.');
  });

  it('cuts 20,000-character contexts to the 32 code points next to the quote, and says so', () => {
    const prefix = 'p'.repeat(20_000) + '😀'.repeat(40);
    const suffix = '𝒳'.repeat(40) + 's'.repeat(20_000);
    const result = parsed({ annotations: [row('ctx', { target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'the talks', prefix, suffix }] }] }), row('plain')] });
    expect(result.annotations[0].quote).toEqual({ exact: 'the talks', prefix: '😀'.repeat(32), suffix: '𝒳'.repeat(32) });
    expect(result.annotations[0].contextCut).toBe(true);
    expect(result.annotations[1].contextCut).toBeUndefined();
    expect(result.notes).toEqual(['1 annotation had a prefix or suffix longer than 32 characters; only the 32 next to the quote were kept.']);
  });

  it('refuses JSON nested deeper than the nesting budget, brackets inside strings aside', () => {
    const deep = `${'['.repeat(FILE_LIMITS.maxDepth + 1)}${']'.repeat(FILE_LIMITS.maxDepth + 1)}`;
    expect(refusal(deep)).toBe('hostile.json nests its JSON deeper than 512 levels, which no annotation file needs; it is not read.');
    expect(parsed({ annotations: [row('brackets', { text: '['.repeat(2_000) })] }).annotations).toHaveLength(1);
  });
});
