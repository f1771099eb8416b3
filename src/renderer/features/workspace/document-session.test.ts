import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model';
import { seededRandom } from '../../../shared/random';
import { DocumentSession, readingOrder } from './document-session';

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

  it('keeps the list sorted and the counts exact through random edits (against a full recount)', () => {
    const random = seededRandom(7);
    const coders = ['a-id', 'b-id', 'c-id'];
    const make = (i: number): Annotation => ({
      ...annotation(`x${i}`, Math.floor(random() * 50), 0, random() < 0.1 ? 'orphan' : 'placed'),
      coderId: coders[Math.floor(random() * 3)],
      ...(random() < 0.2 ? { check: true as const } : {}),
    });
    const live = new Map<string, Annotation>();
    for (let i = 0; i < 60; i++) live.set(`x${i}`, { ...make(i), id: `x${i}` });
    const session = new DocumentSession('d', [...live.values()]);
    session.list();
    for (let step = 0; step < 300; step++) {
      const id = `x${Math.floor(random() * 80)}`;
      const before = live.get(id) ?? null;
      const after = random() < 0.25 ? null : { ...make(step), id, end: 60 + step };
      if (!before && !after) continue;
      session.apply({ label: 'e', categories: [], annotations: [{ before, after }] });
      if (after) live.set(id, after);
      else live.delete(id);
      const expected = [...live.values()].sort(readingOrder);
      expect(session.list().map((a) => a.id)).toEqual(expected.map((a) => a.id));
      const counts = new Map<string, number>();
      for (const a of expected) counts.set(a.coderId, (counts.get(a.coderId) ?? 0) + 1);
      expect(new Map(session.stats().coders)).toEqual(counts);
      expect(session.stats().orphans).toBe(expected.filter((a) => a.status === 'orphan').length);
      expect(session.stats().toCheck).toBe(expected.filter((a) => a.check).length);
    }
  });
});
