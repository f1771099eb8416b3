/** Records for the sync tests (not used by the app). */
import type { Annotation, Coder } from '../model';

/** A coder of a person's layer. */
export const ALICE: Coder = { id: '11111111-1111-4111-8111-111111111111', name: 'Alice', kind: 'person' };
/** Another person. */
export const BOB: Coder = { id: '22222222-2222-4222-8222-222222222222', name: 'Bob', kind: 'person' };
/** A consensus layer. */
export const CONSENSUS: Coder = { id: '33333333-3333-4333-8333-333333333333', name: 'Consensus', kind: 'consensus' };
/** A document hash. */
export const HASH = 'a'.repeat(64);

/** An annotation by `coder`. */
export function annotationBy(coder: Coder, patch: Partial<Annotation> = {}): Annotation {
  return {
    id: '44444444-4444-4444-8444-444444444444',
    documentId: 'doc-1',
    categoryId: 'claim',
    start: 0,
    end: 5,
    exact: 'Hello',
    prefix: '',
    suffix: ' world',
    memo: '',
    coderId: coder.id,
    coder: coder.name,
    editorId: coder.id,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    status: 'placed',
    ...patch,
  };
}
