import { describe, expect, it, vi } from 'vitest';
import { convertFile } from '../shared/formats/convert';
import { describeMainError, fileServices, type DialogLike, type FileServicesFs } from './desktop-services';

function setup(chosen: string[], fs: Partial<FileServicesFs> = {}) {
  const dialog = {
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: chosen })),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: chosen[0] })),
  } as unknown as DialogLike;
  const written = new Map<string, string | Uint8Array>();
  const files: FileServicesFs = {
    readFile: async () => new TextEncoder().encode('\uFEFF{"a":1}'),
    stat: async () => ({ size: 10, isFile: () => true }),
    mkdir: async () => undefined,
    writeFile: async (path, data) => void written.set(path, data),
    ...fs,
  };
  const imported = vi.fn();
  return { services: fileServices({ dialog, window: () => null, fs: files, imported, convert: async (name, bytes) => convertFile(name, bytes) }), written, imported, dialog };
}

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('file services', () => {
  it('names the table that failed, not another file', async () => {
    const { services } = setup(['/data/out'], {
      writeFile: async (path) => {
        if (path.endsWith('documents.csv')) throw enospc();
      },
    });
    const files = [
      { name: 'segments.csv', content: 'a' },
      { name: 'documents.csv', content: 'b' },
      { name: 'codebook.csv', content: 'c' },
    ];
    await expect(services.saveTables({ files })).rejects.toThrow('There is not enough space on the disk to save “documents.csv”.');
  });

  it('names the file that could not be read when opening', async () => {
    const { services } = setup(['/data/coding.jsonld'], {
      readFile: async () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    });
    await expect(services.openFile('annotations')).rejects.toThrow('The workbench is not allowed to open “coding.jsonld”.');
  });

  it('opens a text file without its byte-order mark', async () => {
    const { services } = setup(['C:\\data\\coding.jsonld']);
    expect(await services.openFile('annotations')).toEqual({ name: 'coding.jsonld', content: '{"a":1}' });
  });

  it('refuses a file over the open limit by name before reading it', async () => {
    const readFile = vi.fn();
    const { services } = setup(['/data/huge.json'], { stat: async () => ({ size: 300 * 1048576, isFile: () => true }), readFile });
    await expect(services.openFile('workspace')).rejects.toThrow('“huge.json” is 300 MB; files over 200 MB are not opened.');
    expect(readFile).not.toHaveBeenCalled();
  });

  it('saves atomically where the user chose, naming the file on failure', async () => {
    const ok = setup(['/data/export.jsonld']);
    expect(await ok.services.saveFile({ suggestedName: 'export.jsonld', kind: 'annotations', content: '{}' })).toBe('/data/export.jsonld');
    expect(ok.written.get('/data/export.jsonld')).toBe('{}');
    const full = setup(['/data/export.jsonld'], { writeFile: async () => Promise.reject(enospc()) });
    await expect(full.services.saveFile({ suggestedName: 'export.jsonld', kind: 'annotations', content: '{}' })).rejects.toThrow('“export.jsonld”');
  });

  it('opens a binary file as its bytes, refusing one over the byte budget before reading it', async () => {
    const bytes = new Uint8Array([80, 75, 3, 4, 0xff]);
    const { services } = setup(['/data/project.qdpx'], { readFile: async () => bytes });
    expect(await services.openBinaryFile('refi-qda')).toEqual({ name: 'project.qdpx', bytes });
    const readFile = vi.fn();
    const huge = setup(['/data/huge.qdpx'], { stat: async () => ({ size: 2048 * 1048576, isFile: () => true }), readFile });
    await expect(huge.services.openBinaryFile('qdpx')).rejects.toThrow('“huge.qdpx” is 2048 MB; files over 1024 MB are not opened.');
    expect(readFile).not.toHaveBeenCalled();
  });

  it('saves bytes atomically with the REFI-QDA filter, naming the file on failure', async () => {
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const ok = setup(['/data/project.qdpx']);
    expect(await ok.services.saveBinaryFile({ suggestedName: 'project.qdpx', kind: 'qdpx', bytes })).toBe('/data/project.qdpx');
    expect(ok.written.get('/data/project.qdpx')).toBe(bytes);
    expect(ok.dialog.showSaveDialog).toHaveBeenCalledWith({ defaultPath: 'project.qdpx', filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }] });
    const full = setup(['/data/project.qdpx'], { writeFile: async () => Promise.reject(enospc()) });
    await expect(full.services.saveBinaryFile({ suggestedName: 'project.qdpx', kind: 'qdpx', bytes })).rejects.toThrow('“project.qdpx”');
  });

  it('reports imported documents as recent', async () => {
    const { services, imported } = setup(['/data/a.txt', '/data/b.pdf']);
    const batch = await services.importDocuments();
    expect(batch.files.map((f) => f.ok)).toEqual([true, false]);
    expect(imported.mock.calls).toEqual([['/data/a.txt']]);
  });
});

describe('describeMainError', () => {
  it.each([
    [new Error('“x.json” is not the name of a workspace backup.'), '“x.json” is not the name of a workspace backup.'],
    [Object.assign(new Error('EIO'), { code: 'EIO' }), 'The disk reported an error while reading or writing the file. The disk or the network connection may be failing.'],
    ['a string', 'Something went wrong in the desktop app. Try again.'],
  ])('%s → %s', (error, expected) => {
    expect(describeMainError(error)).toBe(expected);
  });
});
