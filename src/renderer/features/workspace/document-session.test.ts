import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model';
import { DocumentSession } from './document-session';

function annotation(id: string, start: number, end: number, status: Annotation['status'] = 'placed'): Annotation {
  return {
    id, documentId: 'd', categoryId: 'claim', start, end, exact: 'x', prefix: '', suffix: '', memo: '', coderId: 'a-id', coder: 'A', editorId: 'a-id',
    created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', status,
  };
}

describe('DocumentSession', () => {
  it('keeps reading order through additions, moves and deletions without a full re-sort', () => {
    const session = new DocumentSession('d', [annotation('c', 30, 40), annotation('a', 10, 20), annotation('o', 0, 0, 'orphan')]);
    expect(session.list().map((a) => a.id)).toEqual(['a', 'c', 'o']);
    const changes: string[] = [];
    session.subscribe((c) => changes.push(`+${c.upserted.map((a) => a.id).join()}-${c.removed.join()}`));
    session.apply({ label: 't', categories: [], annotations: [{ before: null, after: annotation('b', 10, 25) }] });
    expect(session.list().map((a) => a.id)).toEqual(['a', 'b', 'c', 'o']);
    session.apply({ label: 'm', categories: [], annotations: [{ before: annotation('a', 10, 20), after: annotation('a', 35, 36) }] });
    expect(session.list().map((a) => a.id)).toEqual(['b', 'c', 'a', 'o']);
    session.apply({ label: 'd', categories: [], annotations: [{ before: annotation('c', 30, 40), after: null }] });
    expect(session.list().map((a) => a.id)).toEqual(['b', 'a', 'o']);
    // Edits on other documents are not this session's.
    session.apply({ label: 'x', categories: [], annotations: [{ before: null, after: { ...annotation('z', 1, 2), documentId: 'other' } }] });
    expect(session.size).toBe(3);
    expect(changes).toEqual(['+b-', '+a-', '+-c']);
  });
});
