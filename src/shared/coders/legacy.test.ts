import { describe, expect, it } from 'vitest';
import type { Coder } from '../model';
import { coderGuid } from '../qdpx/guid';
import { coderIdFromIri, coderIri, nameCoderId } from './coder-ids';
import { legacyCoderId, legacyCoders, withCoderId, type LegacyAnnotation } from './legacy';

const local: Coder = { id: '3f0d7a52-5a49-4d3c-9b43-0b1f1b7e2c11', name: 'Ana', kind: 'person' };
const old = (coder: string): LegacyAnnotation => ({
  id: `a-${coder}`,
  documentId: 'd',
  categoryId: 'claim',
  start: 0,
  end: 1,
  exact: 'x',
  prefix: '',
  suffix: '',
  memo: '',
  coder,
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
  status: 'placed',
});

describe('coder ids for annotations from before coders had ids', () => {
  it('gives the local name the local id and every other name a name-based id, the same everywhere', () => {
    expect(legacyCoderId('Ana', local)).toBe(local.id);
    expect(legacyCoderId('Ben', local)).toBe(nameCoderId('Ben'));
    expect(legacyCoderId('Ana', null)).toBe(nameCoderId('Ana'));
    expect(nameCoderId('Ben')).toBe(nameCoderId('Ben'));
    expect(nameCoderId('Ben')).not.toBe(nameCoderId('ben'));
    expect(nameCoderId('Ben')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('name-based ids are the GUIDs REFI-QDA exports gave name-only coders before', () => {
    expect(coderGuid(nameCoderId('Ben'))).toBe(nameCoderId('Ben'));
  });

  it('fills in coder and editor, keeping ids already there', () => {
    expect(withCoderId(old('Ben'), local)).toMatchObject({ coderId: nameCoderId('Ben'), editorId: nameCoderId('Ben'), coder: 'Ben' });
    expect(withCoderId({ ...old('Ana'), coderId: 'x', editorId: 'y' }, local)).toMatchObject({ coderId: 'x', editorId: 'y' });
  });

  it('lists the coders the annotations name, the local one first, one per name', () => {
    expect(legacyCoders([old('Ben'), old('Ana'), old('Ben'), old('')], local)).toEqual([
      local,
      { id: nameCoderId('Ben'), name: 'Ben', kind: 'person' },
      { id: nameCoderId(''), name: '', kind: 'person' },
    ]);
  });
});

describe('coder IRIs', () => {
  it.each([
    ['urn:uuid:3F0D7A52-5A49-4D3C-9B43-0B1F1B7E2C11', '3f0d7a52-5a49-4d3c-9b43-0b1f1b7e2c11'],
    ['acct:ana@hypothes.is', 'acct:ana@hypothes.is'],
    ['https://orcid.org/0000-0002-1825-0097', 'https://orcid.org/0000-0002-1825-0097'],
    ['urn:uuid:not-a-uuid', null],
    ['Ana', null],
    ['mailto:', null],
  ])('%s → %s', (iri, id) => {
    expect(coderIdFromIri(iri)).toBe(id);
  });

  it('writes UUIDs as urn:uuid: IRIs and keeps other IRIs', () => {
    expect(coderIri(local.id)).toBe(`urn:uuid:${local.id}`);
    expect(coderIri('acct:ana@hypothes.is')).toBe('acct:ana@hypothes.is');
    expect(coderIri('c ana')).toBe('urn:discourse-workbench:coder:c%20ana');
    expect(coderIdFromIri(coderIri('c ana'))).toBe('c ana');
  });
});
