import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from './codebook';
import { nameCoderId } from './coders/coder-ids';
import { ANNOTATION_LIMITS } from './limits';
import type { Annotation, Coder, DocumentRecord } from './model';
import { contentHash } from './text/hash';
import { mergeSpeakers } from './transcript/corrections';
import { detectStructure } from './transcript/structure';
import { parseWorkspace, serialiseWorkspace } from './workspace-file';

const text = 'Mara: We demand 🚢 ferries.';
const doc: DocumentRecord = { id: 'd1', title: 'T', text, hash: contentHash(text), sourceName: 't.txt', importedAt: '', lastOpenedAt: '' };
const annotation: Annotation = {
  id: 'a1', documentId: 'd1', categoryId: 'demand', start: 9, end: 15, exact: 'demand', prefix: 'Mara: We ', suffix: ' 🚢 ferries.',
  memo: 'm', coderId: 'c-ana', coder: 'Ana', editorId: 'c-ana', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', status: 'placed',
};
const ana: Coder = { id: 'c-ana', name: 'Ana', kind: 'person' };
const rules = [{ id: 'r1', text: 'Only when addressed to someone.', example: 'demand', created: '2026-01-02T00:00:00.000Z' }];
const data = { documents: [doc], annotations: [annotation], categories: [{ ...DEFAULT_CATEGORIES[0], rules }, ...DEFAULT_CATEGORIES.slice(1)], coders: [ana],
  adjudications: [{ id: 'j1', documentId: 'd1', start: 9, end: 15, decision: 'accepted' as const, acceptedCoderId: 'c-ana', reason: 'clear', annotationIds: ['a1'], editorId: 'c-ana', modified: '2026-01-03T00:00:00.000Z' }],
};

describe('workspace file', () => {
  it('round-trips', () => {
    expect(parseWorkspace(serialiseWorkspace(data, '2026-01-01T00:00:00Z'), 'w.json')).toEqual({ ok: true, value: data });
  });

  it.each([
    ['{', 'is not valid JSON'],
    ['{"format":"other"}', 'is not a workspace file of this workbench'],
    [serialiseWorkspace({ ...data, annotations: [{ ...annotation, start: -1 }] }, 'x'), 'annotations[0].start'],
    [serialiseWorkspace({ ...data, annotations: [{ ...annotation, documentId: 'gone' }] }, 'x'), 'belongs to a document the file does not contain'],
    [serialiseWorkspace({ ...data, annotations: [{ ...annotation, end: 999 }] }, 'x'), 'lies outside'],
    [serialiseWorkspace({ ...data, documents: [{ ...doc, text: 'changed' }] }, 'x'), 'does not match its hash'],
    [serialiseWorkspace({ ...data, categories: [{ ...DEFAULT_CATEGORIES[0], colour: 'red' }] }, 'x'), 'categories[0].colour'],
    [serialiseWorkspace({ ...data, coders: [{ ...ana, kind: 'robot' as 'person' }] }, 'x'), 'coders[0].kind'],
    [serialiseWorkspace({ ...data, adjudications: [{ ...data.adjudications[0], documentId: 'gone' }] }, 'x'), 'adjudication j1 belongs to a document'],
    [JSON.stringify({ ...JSON.parse(serialiseWorkspace(data, 'x')), coders: undefined }), 'has no coders'],
    [JSON.stringify({ ...JSON.parse(serialiseWorkspace(data, 'x')), annotations: [{ ...annotation, coderId: undefined }] }), 'annotations[0] has no coderId'],
    // Issue 15, finding 8: everything is checked before the user is asked to replace anything.
    [serialiseWorkspace({ ...data, annotations: [annotation, { ...annotation, memo: 'again' }] }, 'x'), 'two annotations have the id “a1”. Nothing was replaced.'],
    [serialiseWorkspace({ ...data, documents: [doc, doc] }, 'x'), 'two documents have the id “d1”'],
    [serialiseWorkspace({ ...data, categories: [...DEFAULT_CATEGORIES, DEFAULT_CATEGORIES[1]] }, 'x'), 'two categories have the id “accusation”'],
    [serialiseWorkspace({ ...data, annotations: [{ ...annotation, categoryId: 'constructor' }] }, 'x'), 'uses the category “constructor”, which the file does not contain'],
    [serialiseWorkspace({ ...data, annotations: [{ ...annotation, memo: 'm'.repeat(ANNOTATION_LIMITS.maxMemoChars + 1) }] }, 'x'), 'annotations[0].memo is longer than 100,000 characters, the limit for a memo'],
    [`${'['.repeat(600)}${']'.repeat(600)}`, 'nests deeper than 512 levels'],
  ])('refuses %s with a message naming the problem', (json, expected) => {
    const result = parseWorkspace(json, 'w.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('“w.json”');
      expect(result.error).toContain(expected);
    }
  });

  it('reads a version-1 file: the local coder’s name gets the local id, other names name-based ids', () => {
    const v1 = (annotations: object[]) =>
      JSON.stringify({ format: 'discourse-workbench-workspace', version: 1, exportedAt: 'x', documents: [doc], categories: [...DEFAULT_CATEGORIES], annotations });
    const { coderId: _c, editorId: _e, ...old } = annotation;
    const json = v1([old, { ...old, id: 'a2', coder: 'Ben' }]);
    const read = parseWorkspace(json, 'old.json', { localCoder: ana });
    expect(read.ok && read.value.annotations.map((a) => [a.coderId, a.editorId])).toEqual([
      ['c-ana', 'c-ana'],
      [nameCoderId('Ben'), nameCoderId('Ben')],
    ]);
    expect(read.ok && read.value.coders).toEqual([ana, { id: nameCoderId('Ben'), name: 'Ben', kind: 'person' }]);
    const elsewhere = parseWorkspace(json, 'old.json');
    expect(elsewhere.ok && elsewhere.value.annotations[0].coderId).toBe(nameCoderId('Ana'));
  });

  it('makes a coder the file does not list from the name its annotations keep', () => {
    const read = parseWorkspace(serialiseWorkspace({ ...data, coders: [] }, 'x'), 'w.json');
    expect(read.ok && read.value.coders).toEqual([ana]);
  });
});

describe('workspace file: surrogate pairs', () => {
  it('widens a span that cuts an emoji in half, re-reading its quote, and says so', () => {
    const cut = { ...annotation, start: 17, end: 19, exact: '\udea2 ', prefix: 'Mara: We demand \ud83d', suffix: 'ferries.' };
    const result = parseWorkspace(serialiseWorkspace({ ...data, annotations: [cut] }, 'x'), 'w.json');
    expect(result.ok && result.value.annotations[0]).toMatchObject({ start: 16, end: 19, exact: '🚢 ', prefix: 'Mara: We demand ', suffix: 'ferries.' });
    expect(result.ok && result.value.notes).toEqual(['1 annotation cut a character in half (an emoji or other character outside the Basic Multilingual Plane) and was widened to whole characters.']);
  });
});

describe('transcript structures in a workspace file', () => {
  const transcript = 'Aide to the Minister Mara Berg: We demand it.\nMara Berg: Now.';
  const d2: DocumentRecord = { ...doc, id: 'd2', text: transcript, hash: contentHash(transcript) };
  const structure = mergeSpeakers(detectStructure(transcript, d2.hash), ['Aide to the Minister Mara Berg'], 'Mara Berg');
  const withStructures = { ...data, documents: [doc, d2], structures: [{ documentId: 'd2', structure }] };

  it('round-trip with the corrections kept', () => {
    expect(parseWorkspace(serialiseWorkspace(withStructures, 'x'), 'w.json')).toEqual({ ok: true, value: withStructures });
  });

  it.each([
    [{ ...withStructures, structures: [{ documentId: 'gone', structure }] }, 'structures[0] belongs to a document the file does not contain'],
    [{ ...withStructures, structures: [{ documentId: 'd2', structure: { ...structure, hash: 'other' } }] }, 'made for another text'],
    [{ ...withStructures, structures: [{ documentId: 'd2', structure: { ...structure, turns: [{ ...structure.turns[0], end: 9999 }] } }] }, 'outside the text'],
  ])('refuse a damaged structure, naming it (%#)', (file, expected) => {
    const result = parseWorkspace(serialiseWorkspace(file, 'x'), 'w.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(expected);
  });
});
