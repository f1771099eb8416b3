import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc';

const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
const listeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: Record<string, (...args: unknown[]) => unknown>) => exposed.set(name, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

await import('./index');
const api = exposed.get('workbench')!;

describe('the preload bridge', () => {
  beforeEach(() => invoke.mockClear());

  it('exposes exactly one function per channel of the contract, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['workbench']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)].sort());
  });

  it.each(Object.entries(INVOKE_CHANNELS))('%s invokes %s with its arguments', async (name, channel) => {
    await api[name]('a', 'b');
    expect(invoke).toHaveBeenCalledWith(channel, ...['a', 'b'].slice(0, api[name].length));
  });

  it('passes menu commands on, and only commands of the menu definition', () => {
    const got: unknown[] = [];
    const stop = api.onMenuCommand((command: unknown) => got.push(command)) as () => void;
    const deliver = listeners.get(EVENT_CHANNELS.onMenuCommand)!;
    deliver({ sender: 'event' }, 'undo');
    deliver({ sender: 'event' }, 'format-disk');
    expect(got).toEqual(['undo']);
    stop();
    expect(listeners.has(EVENT_CHANNELS.onMenuCommand)).toBe(false);
  });

  it('never hands the page the IPC event', () => {
    const got: unknown[][] = [];
    api.onPrepareQuit((...args: unknown[]) => got.push(args));
    listeners.get(EVENT_CHANNELS.onPrepareQuit)!({ sender: 'event' }, 'extra');
    expect(got).toEqual([[]]);
  });
});
