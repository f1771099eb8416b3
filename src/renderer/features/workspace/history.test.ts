import { describe, expect, it } from 'vitest';
import type { Edit } from '../../../shared/edit';
import type { Annotation } from '../../../shared/model';
import { History, type EditTarget } from './history';

function ann(id: string, memo = ''): Annotation {
  return {
    id,
    documentId: 'd1',
    categoryId: 'claim',
    start: 0,
    end: 4,
    exact: 'Text',
    prefix: '',
    suffix: '',
    memo,
    coder: 'Ana',
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    status: 'placed',
  };
}
const add = (id: string): Edit => ({ label: `Add ${id}`, annotations: [{ before: null, after: ann(id) }], categories: [] });

/** A target that records what happened, in order, and keeps a memory and a "database". */
function target(failOn: Set<string> = new Set()) {
  const log: string[] = [];
  const memory = new Map<string, Annotation>();
  const stored = new Map<string, Annotation>();
  const applyTo = (map: Map<string, Annotation>, edit: Edit) => {
    for (const c of edit.annotations) {
      if (c.after) map.set(c.after.id, c.after);
      else if (c.before) map.delete(c.before.id);
    }
  };
  const t: EditTarget = {
    applyInMemory(edit) {
      log.push(`memory ${edit.label}`);
      applyTo(memory, edit);
    },
    async persist(edit) {
      log.push(`write started ${edit.label}`);
      await Promise.resolve();
      if (failOn.has(edit.label)) throw new Error(`disk full while "${edit.label}"`);
      applyTo(stored, edit);
      log.push(`written ${edit.label}`);
    },
  };
  return { t, log, memory, stored };
}

describe('History', () => {
  it('starts the write before drawing, and resolves after the write', async () => {
    const { t, log, memory, stored } = target();
    const history = new History(t);
    await history.run(add('a'));
    expect(log).toEqual(['write started Add a', 'memory Add a', 'written Add a']);
    expect([...memory.keys()]).toEqual(['a']);
    expect([...stored.keys()]).toEqual(['a']);
  });

  it('rolls the memory back and reports the error when the write fails; nothing to undo then', async () => {
    const { t, memory, stored } = target(new Set(['Add b']));
    const history = new History(t);
    await history.run(add('a'));
    await expect(history.run(add('b'))).rejects.toThrow('disk full while "Add b"');
    expect([...memory.keys()]).toEqual(['a']);
    expect([...stored.keys()]).toEqual(['a']);
    expect(await history.undo()).toBe('Add a');
    expect(memory.size).toBe(0);
    expect(await history.undo()).toBeNull();
  });

  it('undoes and redoes in order, one edit at a time', async () => {
    const { t, memory, stored } = target();
    const history = new History(t);
    // Not awaited one by one: the queue keeps them in order.
    const runs = [history.run(add('a')), history.run(add('b')), history.undo()];
    await Promise.all(runs);
    expect([...memory.keys()]).toEqual(['a']);
    expect([...stored.keys()]).toEqual(['a']);
    expect(await history.redo()).toBe('Add b');
    expect([...stored.keys()].sort()).toEqual(['a', 'b']);
  });

  it('settles when every queued edit is written or has failed, and never rejects', async () => {
    const { t, log } = target(new Set(['Add b']));
    const history = new History(t);
    const a = history.run(add('a'));
    const b = history.run(add('b'));
    const settled = history.settled().then(() => log.push('settled'));
    await expect(b).rejects.toThrow('disk full');
    await a;
    await settled;
    // After both writes (the second failed), not before.
    expect(log.indexOf('settled')).toBeGreaterThan(log.indexOf('written Add a'));
    expect(log.indexOf('settled')).toBeGreaterThan(log.indexOf('write started Add b'));
    expect(log.at(-1)).toBe('settled');
  });

  it('makes one undo step of a stretch of edits with the same key, and ends the stretch on anything else', async () => {
    const { t, memory } = target();
    const history = new History(t);
    await history.run(add('a'));
    const memo = (from: string, to: string): Edit => ({ label: 'Edit memo', annotations: [{ before: ann('a', from), after: ann('a', to) }], categories: [] });
    await history.run(memo('', 'Pre'), { stretch: 'memo a 1' });
    await history.run(memo('Pre', 'Presented'), { stretch: 'memo a 1' });
    await history.run(memo('Presented', 'Presented as fact'), { stretch: 'memo a 1' });
    expect(memory.get('a')?.memo).toBe('Presented as fact');
    expect(await history.undo()).toBe('Edit memo');
    expect(memory.get('a')?.memo).toBe('');
    expect(await history.redo()).toBe('Edit memo');
    expect(memory.get('a')?.memo).toBe('Presented as fact');
    // After a redo the stretch is over: the next save with the same key is a step of its own.
    await history.run(memo('Presented as fact', 'Presented as a fact'), { stretch: 'memo a 1' });
    expect(await history.undo()).toBe('Edit memo');
    expect(memory.get('a')?.memo).toBe('Presented as fact');
    // Another action in between also ends it.
    await history.run(memo('Presented as fact', 'x'), { stretch: 'memo a 2' });
    await history.run(add('b'));
    await history.run(memo('x', 'xy'), { stretch: 'memo a 2' });
    expect(await history.undo()).toBe('Edit memo');
    expect(memory.get('a')?.memo).toBe('x');
    expect(await history.undo()).toBe('Add b');
  });
});
