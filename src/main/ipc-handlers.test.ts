import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../shared/ipc';
import { MAX_IPC_BYTES } from '../shared/limits';
import { registerIpcHandlers, type IpcEventLike, type MainServices } from './ipc-handlers';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

function setup() {
  const listeners = new Map<string, Listener>();
  const services: MainServices = {
    importDocuments: vi.fn(async () => ({ cancelled: false, files: [] })),
    openFile: vi.fn(async () => null),
    saveFile: vi.fn(async () => '/tmp/x.json'),
    openBinaryFile: vi.fn(async () => null),
    saveBinaryFile: vi.fn(async () => '/tmp/x.qdpx'),
    saveTables: vi.fn(async () => '/tmp'),
    writeBackup: vi.fn(async () => ({ name: 'workspace-20260101-000000-000.json', createdAt: '', sizeBytes: 2 })),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => '{}'),
    setMenuState: vi.fn(async () => null),
    takeOpenedDocuments: vi.fn(async () => ({ cancelled: true, files: [] })),
    quitPrepared: vi.fn(async () => null),
    startupNotices: vi.fn(async () => []),
    saveSyncCredentials: vi.fn(async () => true),
    loadSyncCredentials: vi.fn(async () => null),
    clearSyncCredentials: vi.fn(async () => null),
    describeError: (error) => `failed: ${String(error)}`,
  };
  registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, services, (url) =>
    url.startsWith('app://workbench/'),
  );
  const trusted: IpcEventLike = { senderFrame: { url: 'app://workbench/index.html' } };
  const call = (channel: string, ...args: unknown[]) => listeners.get(channel)!(trusted, ...args);
  return { listeners, services, call, trusted };
}

const C = INVOKE_CHANNELS;

describe('IPC handlers', () => {
  it('registers exactly one handler per invoke channel', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(Object.values(C).sort());
  });

  it('rejects a malformed save payload with a clear error and calls nothing', async () => {
    const { call, services } = setup();
    const result = await call(C.saveFile, { suggestedName: '../../etc/passwd', kind: 'annotations', content: 'x' });
    expect(result).toEqual({
      ok: false,
      error: 'The request “file:save” was refused: its argument (0.suggestedName) must be a plain file name without folders.',
    });
    expect(services.saveFile).not.toHaveBeenCalled();
  });

  it.each([
    [C.saveFile, [{ suggestedName: 'a.json', kind: 'exe', content: '' }]],
    [C.saveFile, ['just a string']],
    [C.openFile, []],
    [C.openBinaryFile, ['exe']],
    [C.saveBinaryFile, [{ suggestedName: 'p.qdpx', kind: 'qdpx', bytes: 'not bytes' }]],
    [C.saveBinaryFile, [{ suggestedName: '../p.qdpx', kind: 'qdpx', bytes: new Uint8Array(1) }]],
    [C.saveBinaryFile, [{ suggestedName: 'p.qdpx', kind: 'annotations', bytes: new Uint8Array(1) }]],
    [C.writeBackup, ['{}', 'whenever']],
    [C.readBackup, ['../secrets.json']],
    [C.importDocuments, ['unexpected']],
    [C.setMenuState, [{ documentOpen: true, canUndo: false }]],
    [C.setMenuState, [{ documentOpen: true, canUndo: false, canRedo: false, extra: 1 }]],
    [C.quitPrepared, [{ ok: false }]],
    [C.quitPrepared, [{ ok: 'yes' }]],
    [C.takeOpenedDocuments, ['/etc/passwd']],
    [C.startupNotices, [1]],
    [C.saveSyncCredentials, [{ origin: 'http://couch.example.org', user: 'a', password: 'p' }]],
    [C.saveSyncCredentials, [{ origin: 'https://couch.example.org', user: 'a' }]],
    [C.saveSyncCredentials, [{ origin: 'https://x.org/path', user: 'a', password: 'p' }]],
    [C.loadSyncCredentials, ['https://x.org', '']],
  ])('refuses %s with arguments %j', async (channel, args) => {
    const { call, services } = setup();
    const result = (await call(channel, ...args)) as { ok: boolean; error: string };
    expect(result.ok).toBe(false);
    expect(result.error).toContain(`“${channel}” was refused`);
    for (const fn of Object.values(services)) if (vi.isMockFunction(fn)) expect(fn).not.toHaveBeenCalled();
  });

  it('refuses bytes over the IPC byte budget before calling anything', async () => {
    const { call, services } = setup();
    // A view that claims more bytes than the budget, without allocating them.
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: MAX_IPC_BYTES + 1 });
    const result = (await call(C.saveBinaryFile, { suggestedName: 'p.qdpx', kind: 'qdpx', bytes: huge })) as { ok: boolean; error: string };
    expect(result).toEqual({ ok: false, error: `The request “file:save-binary” was refused: its argument (0.bytes) must be at most ${MAX_IPC_BYTES} bytes.` });
    expect(services.saveBinaryFile).not.toHaveBeenCalled();
  });

  it('refuses requests from a frame that is not the app', async () => {
    const { listeners, services } = setup();
    const result = await listeners.get(C.listBackups)!({ senderFrame: { url: 'https://evil.example/' } });
    expect(result).toEqual({ ok: false, error: 'The request “backup:list” came from an untrusted page and was refused.' });
    expect(services.listBackups).not.toHaveBeenCalled();
  });

  it.each([
    [C.saveFile, [{ suggestedName: 'coding.jsonld', kind: 'annotations', content: '{}' }], 'saveFile', '/tmp/x.json'],
    [C.saveBinaryFile, [{ suggestedName: 'project.qdpx', kind: 'qdpx', bytes: new Uint8Array([80, 75, 3, 4]) }], 'saveBinaryFile', '/tmp/x.qdpx'],
    [C.openBinaryFile, ['refi-qda'], 'openBinaryFile', null],
    [C.setMenuState, [{ documentOpen: true, canUndo: true, canRedo: false }], 'setMenuState', null],
    [C.quitPrepared, [{ ok: false, error: 'disk full' }], 'quitPrepared', null],
    [C.quitPrepared, [{ ok: true }], 'quitPrepared', null],
    [C.startupNotices, [], 'startupNotices', []],
  ] as const)('passes a valid %s payload to its service and wraps the result', async (channel, args, name, value) => {
    const { call, services } = setup();
    expect(await call(channel, ...args)).toEqual({ ok: true, value });
    expect(services[name]).toHaveBeenCalledWith(...args);
  });

  it('turns a service failure into a message', async () => {
    const { call, services } = setup();
    vi.mocked(services.listBackups).mockRejectedValueOnce(new Error('disk gone'));
    expect(await call(C.listBackups)).toEqual({ ok: false, error: 'failed: Error: disk gone' });
  });
});
