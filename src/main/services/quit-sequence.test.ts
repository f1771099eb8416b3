import { describe, expect, it, vi } from 'vitest';
import { fakeJsonFs } from './fake-json-fs';
import { QuitNotices, QuitSequence } from './quit-sequence';
import type { Timers } from './timers';

function setup(hasWindow = true) {
  let fire: (() => void) | null = null;
  const timers: Timers = { setTimeout: (fn) => ((fire = fn), 1), clearTimeout: () => (fire = null) };
  const deps = { askRenderer: vi.fn(() => hasWindow), recordIncomplete: vi.fn(async (_reason: string) => undefined), timeoutMs: 10_000, timers };
  return { quit: new QuitSequence(deps), deps, timeout: () => fire?.() };
}

describe('QuitSequence', () => {
  it('holds the quit until the renderer has written pending edits and the last backup, then quits', async () => {
    const { quit, deps } = setup();
    const proceed = vi.fn();
    expect(quit.intercept(proceed)).toBe(true); // event.preventDefault()
    expect(deps.askRenderer).toHaveBeenCalledOnce();
    expect(proceed).not.toHaveBeenCalled();
    await quit.prepared({ ok: true });
    expect(proceed).toHaveBeenCalledOnce();
    expect(deps.recordIncomplete).not.toHaveBeenCalled();
    expect(quit.intercept(vi.fn())).toBe(false); // the quit that follows passes
  });

  it('quits after the time limit when the renderer does not answer, and leaves a notice', async () => {
    const { quit, deps, timeout } = setup();
    const proceed = vi.fn();
    quit.intercept(proceed);
    timeout();
    await vi.waitFor(() => expect(proceed).toHaveBeenCalledOnce());
    expect(deps.recordIncomplete).toHaveBeenCalledWith('the window did not finish within 10 seconds');
    await quit.prepared({ ok: true }); // a late answer changes nothing
    expect(proceed).toHaveBeenCalledOnce();
  });

  it('leaves a notice when the backup failed, and still quits', async () => {
    const { quit, deps } = setup();
    const proceed = vi.fn();
    quit.intercept(proceed);
    await quit.prepared({ ok: false, error: 'the disk is full' });
    expect(deps.recordIncomplete).toHaveBeenCalledWith('the disk is full');
    expect(proceed).toHaveBeenCalledOnce();
  });

  it('a second quit while preparing waits for the same answer', async () => {
    const { quit, deps } = setup();
    const closeWindow = vi.fn();
    const quitApp = vi.fn();
    quit.intercept(closeWindow);
    expect(quit.intercept(quitApp)).toBe(true);
    expect(deps.askRenderer).toHaveBeenCalledOnce();
    await quit.prepared({ ok: true });
    expect(closeWindow).toHaveBeenCalledOnce();
    expect(quitApp).toHaveBeenCalledOnce();
  });

  it('lets the quit pass at once when there is no window to ask', () => {
    const { quit } = setup(false);
    expect(quit.intercept(vi.fn())).toBe(false);
  });

  it('asks again after reset (a new window on macOS)', async () => {
    const { quit, deps } = setup();
    quit.intercept(vi.fn());
    await quit.prepared({ ok: true });
    quit.reset();
    expect(quit.intercept(vi.fn())).toBe(true);
    expect(deps.askRenderer).toHaveBeenCalledTimes(2);
  });

  it('ignores an answer that no quit asked for', async () => {
    const { quit, deps } = setup();
    await quit.prepared({ ok: false, error: 'x' });
    expect(deps.recordIncomplete).not.toHaveBeenCalled();
  });
});

describe('QuitNotices', () => {
  it('tells the next start once that the last backup was not finished, naming when and why', async () => {
    const fs = fakeJsonFs();
    const notices = new QuitNotices('/u/quit-notice.json', fs, () => new Date('2026-03-04T17:45:12.345Z'));
    await notices.record('the window did not finish within 10 seconds');
    const [sentence, ...rest] = await notices.take();
    expect(rest).toEqual([]);
    expect(sentence).toBe(
      'When the workbench quit at 2026-03-04 17:45 UTC, its last backup could not be finished (the window did not finish within 10 seconds). Changes already written are in the library, but the newest backup may be older than your last edits: use File → Export workspace… if you want a copy now.',
    );
    expect(await notices.take()).toEqual([]);
  });

  it('says nothing after a normal quit', async () => {
    expect(await new QuitNotices('/u/quit-notice.json', fakeJsonFs()).take()).toEqual([]);
  });
});
