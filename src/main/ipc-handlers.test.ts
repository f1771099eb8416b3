import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../shared/ipc';
import { registerIpcHandlers, type IpcEventLike, type MainServices } from './ipc-handlers';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

function setup() {
  const listeners = new Map<string, Listener>();
  const services: MainServices = {
    importDocuments: vi.fn(async () => ({ cancelled: false, files: [] })),
    openFile: vi.fn(async () => null),
    saveFile: vi.fn(async () => '/tmp/x.json'),
    saveTables: vi.fn(async () => '/tmp'),
    writeBackup: vi.fn(async () => ({ name: 'workspace-20260101-000000-000.json', createdAt: '', sizeBytes: 2 })),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => '{}'),
    describeError: (error) => `failed: ${String(error)}`,
  };
  registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, services, (url) =>
    url.startsWith('app://workbench/'),
  );
  const trusted: IpcEventLike = { senderFrame: { url: 'app://workbench/index.html' } };
  const call = (channel: string, ...args: unknown[]) => listeners.get(channel)!(trusted, ...args);
  return { listeners, services, call, trusted };
}

describe('IPC handlers', () => {
  it('registers exactly one handler per invoke channel', () => {
    const { listeners } = setup();
    const invokeChannels = Object.values(CHANNELS).filter((c) => c !== CHANNELS.menuCommand);
    expect([...listeners.keys()].sort()).toEqual([...invokeChannels].sort());
  });

  it('rejects a malformed save payload with a clear error and calls nothing', async () => {
    const { call, services } = setup();
    const result = await call(CHANNELS.saveFile, { suggestedName: '../../etc/passwd', kind: 'annotations', content: 'x' });
    expect(result).toEqual({
      ok: false,
      error: 'The request “file:save” was refused: its argument (0.suggestedName) must be a plain file name without folders.',
    });
    expect(services.saveFile).not.toHaveBeenCalled();
  });

  it.each([
    [CHANNELS.saveFile, [{ suggestedName: 'a.json', kind: 'exe', content: '' }]],
    [CHANNELS.saveFile, ['just a string']],
    [CHANNELS.openFile, []],
    [CHANNELS.writeBackup, ['{}', 'whenever']],
    [CHANNELS.readBackup, ['../secrets.json']],
    [CHANNELS.importDocuments, ['unexpected']],
  ])('refuses %s with arguments %j', async (channel, args) => {
    const { call, services } = setup();
    const result = (await call(channel, ...args)) as { ok: boolean; error: string };
    expect(result.ok).toBe(false);
    expect(result.error).toContain(`“${channel}” was refused`);
    for (const fn of Object.values(services)) if (vi.isMockFunction(fn)) expect(fn).not.toHaveBeenCalled();
  });

  it('refuses requests from a frame that is not the app', async () => {
    const { listeners, services } = setup();
    const result = await listeners.get(CHANNELS.listBackups)!({ senderFrame: { url: 'https://evil.example/' } });
    expect(result).toEqual({ ok: false, error: 'The request “backup:list” came from an untrusted page and was refused.' });
    expect(services.listBackups).not.toHaveBeenCalled();
  });

  it('passes a valid payload to its service and wraps the result', async () => {
    const { call, services } = setup();
    const result = await call(CHANNELS.saveFile, { suggestedName: 'coding.jsonld', kind: 'annotations', content: '{}' });
    expect(result).toEqual({ ok: true, value: '/tmp/x.json' });
    expect(services.saveFile).toHaveBeenCalledWith('coding.jsonld', 'annotations', '{}');
  });

  it('turns a service failure into a message', async () => {
    const { call, services } = setup();
    vi.mocked(services.listBackups).mockRejectedValueOnce(new Error('disk gone'));
    expect(await call(CHANNELS.listBackups)).toEqual({ ok: false, error: 'failed: Error: disk gone' });
  });
});
