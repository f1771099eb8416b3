import { describe, expect, it } from 'vitest';
import { annotationDoc, annotationFromDoc, annotationIdOf, coderDoc, textDoc, typeOfDocId, documentFromTextDoc, categoryDoc } from './couch-docs';
import { readPulledDoc } from './read-doc';
import { ownershipProblem } from './ownership';
import { describeConflict } from './conflicts';
import { ALICE, BOB, CONSENSUS, HASH, annotationBy } from './sync-fixtures';
import { DEFAULT_CATEGORIES } from '../codebook';

describe('couch documents', () => {
  it('names an annotation by its urn:uuid and round-trips it onto the local document', () => {
    const a = annotationBy(ALICE, { memo: 'why' });
    const doc = annotationDoc(a, HASH, 'person', 'alice', {});
    expect(doc._id).toBe(`urn:uuid:${a.id}`);
    expect(annotationIdOf(doc._id)).toBe(a.id);
    expect(doc.annotation).not.toHaveProperty('documentId');
    expect(annotationFromDoc(doc, 'local-doc')).toEqual({ ...a, documentId: 'local-doc' });
  });

  it('gives the consensus layer no user', () => {
    expect(annotationDoc(annotationBy(CONSENSUS), HASH, 'consensus', 'alice', {}).couchUser).toBe('');
    expect(coderDoc(CONSENSUS, 'alice').couchUser).toBe('');
    expect(coderDoc(ALICE, 'alice').couchUser).toBe('alice');
  });

  it('keeps a text under its hash with the text as an attachment', () => {
    const record = { id: 'd', title: 'T', text: 'x', hash: HASH, sourceName: 't.txt', importedAt: '2026-01-01T00:00:00.000Z', lastOpenedAt: '2026-02-01T00:00:00.000Z' };
    const doc = textDoc(record, 'eA==');
    expect(doc._id).toBe(`text:${HASH}`);
    expect(doc._attachments?.['text.txt'].data).toBe('eA==');
    expect(documentFromTextDoc(doc, 'x')).toEqual({ ...record, lastOpenedAt: '' });
  });

  it.each([
    ['urn:uuid:44444444-4444-4444-8444-444444444444', 'annotation'],
    [`text:${HASH}`, 'text'],
    ['category:claim', 'category'],
    ['coder:abc', 'coder'],
    ['_design/x', null],
  ])('knows the type of %s', (id, type) => {
    expect(typeOfDocId(id)).toBe(type);
  });
});

describe('reading pulled documents', () => {
  const good = annotationDoc(annotationBy(ALICE), HASH, 'person', 'alice', {});
  const cases: [string, unknown, string | null][] = [
    ['a good annotation', good, null],
    ['a category', categoryDoc(DEFAULT_CATEGORIES[0]), null],
    ['a coder', coderDoc(ALICE, 'alice'), null],
    ['a deletion', { _id: good._id, _rev: '2-x', _deleted: true }, null],
    ['not an object', 'x', 'is not a JSON object'],
    ['no id', { type: 'annotation' }, 'has no usable _id'],
    ['a design document', { _id: '_design/x' }, 'is not a document of the workbench'],
    ['a span ending before its start', { ...good, annotation: { ...good.annotation, start: 9, end: 2 } }, 'ends before it starts'],
    ['an id that is not the annotation\'s', { ...good, _id: 'urn:uuid:55555555-5555-4555-8555-555555555555' }, 'does not match'],
    ['a memo over the limit', { ...good, annotation: { ...good.annotation, memo: 'm'.repeat(100_001) } }, 'annotation.memo is longer than 100,000'],
    ['an unknown layer', { ...good, layer: 'robot' }, 'layer'],
    ['a coder whose id differs', { ...coderDoc(ALICE, 'alice'), _id: 'coder:other' }, 'does not match'],
    ['a bad hash', { ...good, documentHash: 'zz' }, 'documentHash'],
  ];
  it.each(cases)('%s', (_name, raw, problem) => {
    const read = readPulledDoc(raw);
    if (problem === null) expect(read.ok).toBe(true);
    else expect(read.ok ? '' : read.error).toContain(problem);
  });

  it('refuses a document larger than the budget before reading it', () => {
    const read = readPulledDoc(good, 5_000_000);
    expect(read.ok ? '' : read.error).toContain('larger than');
  });
});

describe('ownership of pulled annotations', () => {
  const users = new Map([
    [ALICE.id, 'alice'],
    [BOB.id, 'bob'],
  ]);
  it.each([
    ['alice writing her own', annotationDoc(annotationBy(ALICE), HASH, 'person', 'alice', {}), null],
    ['bob claiming alice\'s layer', annotationDoc(annotationBy(ALICE), HASH, 'person', 'bob', {}), "claims alice's layer"],
    ['an unknown coder', annotationDoc(annotationBy({ ...ALICE, id: 'x' }), HASH, 'person', 'alice', {}), 'does not know'],
    ['the consensus layer', annotationDoc(annotationBy(CONSENSUS), HASH, 'consensus', '', {}), null],
  ])('%s', (_name, doc, problem) => {
    const found = ownershipProblem(doc, users);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('conflict description', () => {
  const label = (id: string) => id.toUpperCase();
  it.each([
    ['same', {}, []],
    ['memo', { memo: 'b' }, ['memo']],
    ['category and span', { categoryId: 'demand', end: 4 }, ['category', 'span']],
  ])('%s', (_name, patch, fields) => {
    const left = annotationBy(CONSENSUS);
    expect(describeConflict([left, { ...left, ...patch }], label).map((d) => d.field)).toEqual(fields);
  });
  it('says when one side deleted it', () => {
    expect(describeConflict([annotationBy(CONSENSUS), null], label)).toEqual([{ field: 'deleted', label: 'Annotation', values: ['kept', 'deleted'] }]);
  });
  it('describes three versions (three people changed it while offline), one value per version', () => {
    const a = annotationBy(CONSENSUS, { memo: 'one' });
    const rows = describeConflict([a, { ...a, memo: 'two' }, { ...a, memo: 'one', categoryId: 'demand' }], label);
    expect(rows).toEqual([
      { field: 'category', label: 'Category', values: [label(a.categoryId), label(a.categoryId), 'DEMAND'] },
      { field: 'memo', label: 'Memo', values: ['one', 'two', 'one'] },
    ]);
  });
});
