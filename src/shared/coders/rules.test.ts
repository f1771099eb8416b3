import { describe, expect, it } from 'vitest';
import type { Edit } from '../edit';
import type { Annotation, Coder, DocumentRecord } from '../model';
import { editProblem, kindsOf, mayChange } from './rules';

const ana: Coder = { id: 'ana', name: 'Ana', kind: 'person' };
const ben: Coder = { id: 'ben', name: 'Ben', kind: 'person' };
const consensus: Coder = { id: 'cons', name: 'Consensus', kind: 'consensus' };
const kindOf = kindsOf([ana, ben, consensus]);
const nameOf = (id: string) => [ana, ben, consensus].find((c) => c.id === id)?.name ?? id;

const ann = (id: string, coderId: string, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  documentId: 'd1',
  categoryId: 'claim',
  start: 0,
  end: 4,
  exact: 'Text',
  prefix: '',
  suffix: '',
  memo: '',
  coderId,
  coder: nameOf(coderId),
  editorId: coderId,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  status: 'placed',
  ...extra,
});
const doc: DocumentRecord = { id: 'd1', title: 'T', text: 'Text', hash: 'h', sourceName: '', importedAt: '', lastOpenedAt: '' };
const edit = (annotations: Edit['annotations'], more: Partial<Edit> = {}): Edit => ({ label: 'x', annotations, categories: [], ...more });
const problem = (e: Edit, actor = 'ana') => editProblem(e, actor, kindOf, nameOf);

describe('who may change what', () => {
  it('lets a coder change their own and the consensus layer, nobody else\'s', () => {
    expect(mayChange('ana', ann('a', 'ana'), kindOf)).toBe(true);
    expect(mayChange('ana', ann('c', 'cons'), kindOf)).toBe(true);
    expect(mayChange('ana', ann('b', 'ben'), kindOf)).toBe(false);
    expect(mayChange('ana', ann('u', 'unknown'), kindOf)).toBe(false);
  });

  const mine = ann('a', 'ana');
  const bens = ann('b', 'ben');
  const cases: [string, Edit, string, RegExp | null][] = [
    ['tag in my layer', edit([{ before: null, after: mine }]), 'ana', null],
    ['edit my memo', edit([{ before: mine, after: { ...mine, memo: 'm' } }]), 'ana', null],
    ['delete mine', edit([{ before: mine, after: null }]), 'ana', null],
    ['adjudicate: a consensus annotation by Ana', edit([{ before: null, after: ann('c', 'cons', { editorId: 'ana' }) }]), 'ana', null],
    ['change a consensus annotation made by Ben', edit([{ before: ann('c', 'cons', { editorId: 'ben' }), after: ann('c', 'cons', { editorId: 'ana', categoryId: 'demand' }) }]), 'ana', null],
    ['edit Ben\'s memo', edit([{ before: bens, after: { ...bens, memo: 'm', editorId: 'ana' } }]), 'ana', /Ben's annotation: it can be adopted as yours, not changed/],
    ['delete Ben\'s', edit([{ before: bens, after: null }]), 'ana', /Ben's annotation: it can be adopted as yours, not deleted/],
    ['tag into Ben\'s layer', edit([{ before: null, after: ann('n', 'ben', { editorId: 'ana' }) }]), 'ana', /not into Ben's/],
    ['take over Ben\'s annotation', edit([{ before: bens, after: { ...bens, coderId: 'ana', editorId: 'ana' } }]), 'ana', /No edit changes who made an annotation/],
    ['a change that names another editor', edit([{ before: mine, after: { ...mine, memo: 'm', editorId: 'ben' } }]), 'ana', /names another editor/],
    ['delete a document with Ben\'s annotations', edit([{ before: bens, after: null }], { documents: [{ before: doc, after: null }] }), 'ana', null],
    ['import Ben\'s annotations and Ben', edit([{ before: null, after: bens }], { origin: 'import', coders: [{ before: null, after: ben }] }), 'ana', null],
    ['import a newer version of Ben\'s', edit([{ before: bens, after: { ...bens, memo: 'newer' } }], { origin: 'import' }), 'ana', null],
    ['import that changes the coder', edit([{ before: bens, after: { ...bens, coderId: 'ana' } }], { origin: 'import' }), 'ana', /No edit changes who made/],
    ['import that deletes', edit([{ before: bens, after: null }], { origin: 'import' }), 'ana', /never deletes/],
    ['create a consensus layer and write to it', edit([{ before: null, after: ann('c', 'new-cons', { editorId: 'ana' }) }], { coders: [{ before: null, after: { id: 'new-cons', name: 'Consensus', kind: 'consensus' } }] }), 'ana', null],
    ['rename myself', edit([], { coders: [{ before: ana, after: { ...ana, name: 'Ana K.' } }] }), 'ana', null],
    ['rename Ben', edit([], { coders: [{ before: ben, after: { ...ben, name: 'Benjamin' } }] }), 'ana', /Only Ben can rename Ben/],
    ['rename the consensus', edit([], { coders: [{ before: consensus, after: { ...consensus, name: 'Agreed' } }] }), 'ana', null],
    ['turn Ben into a consensus', edit([], { coders: [{ before: ben, after: { ...ben, kind: 'consensus' } }] }), 'ana', /never change/],
    ['a decision by the actor', edit([], { adjudications: [{ before: null, after: { id: 'j', documentId: 'd1', start: 0, end: 4, decision: 'unresolved', reason: '', annotationIds: [], editorId: 'ana', modified: 'x' } }] }), 'ana', null],
    ['a decision signed by someone else', edit([], { adjudications: [{ before: null, after: { id: 'j', documentId: 'd1', start: 0, end: 4, decision: 'unresolved', reason: '', annotationIds: [], editorId: 'ben', modified: 'x' } }] }), 'ana', /names another adjudicator/],
    ['remove a coder', edit([], { coders: [{ before: ben, after: null }] }), 'ana', /never removed/],
  ];
  it.each(cases)('%s', (_name, e, actor, expected) => {
    const found = problem(e, actor);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatch(expected);
  });
});
