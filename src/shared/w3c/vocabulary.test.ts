import { describe, expect, it } from 'vitest';
import { idFromIri, uuidIri } from './vocabulary';

describe('annotation ids as IRIs', () => {
  it.each([
    ['0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51', 'urn:uuid:0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51'],
    ['https://example.org/annotations/7', 'https://example.org/annotations/7'],
    ['Hyp0thesis_Id-x', 'urn:discourse-workbench:annotation:Hyp0thesis_Id-x'],
    ['abc~2', 'urn:discourse-workbench:annotation:abc~2'],
    ['with space', 'urn:discourse-workbench:annotation:with%20space'],
  ])('%s ↔ %s', (id, iri) => {
    expect(uuidIri(id)).toBe(iri);
    expect(idFromIri(iri)).toBe(id);
  });
});
