import type { BinaryFileKind, FileKind, OpenedBinaryFile, OpenedFile } from '../../shared/ipc';
import { ACCEPTED_EXTENSIONS } from '../../shared/formats/convert';
import { MAX_IPC_BYTES, MAX_OPEN_BYTES } from '../../shared/limits';
import { fail, ok, type Result } from '../../shared/result';
import { convertBrowserFiles } from './convert-files';
import { runsOnMac, type Platform } from './platform';

const ACCEPT: Record<FileKind, string> = {
  annotations: '.json,.jsonld,application/json,application/ld+json',
  workspace: '.json,application/json',
  csv: '.csv',
  tsv: '.tsv',
  qdc: '.qdc',
  html: '.html,.htm',
  markdown: '.md',
  svg: '.svg',
};

const BINARY_ACCEPT: Record<BinaryFileKind, string> = {
  qdpx: '.qdpx',
  'refi-qda': '.qdpx,.qdc',
  png: '.png',
};

const BINARY_MIME: Record<BinaryFileKind, string> = { qdpx: 'application/zip', 'refi-qda': 'application/octet-stream', png: 'image/png' };

const MIME: Record<FileKind, string> = {
  annotations: 'application/ld+json',
  workspace: 'application/json',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  qdc: 'application/xml',
  html: 'text/html',
  markdown: 'text/markdown',
  svg: 'image/svg+xml',
};


/**
 * Opens the browser's file chooser. The input is labelled so tests and assistive technology
 * can find it; it is removed after use. Resolves to [] when the user cancels.
 */
function chooseFiles(accept: string, multiple: boolean, label: string): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.setAttribute('aria-label', label);
    input.className = 'visually-hidden';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** Milliseconds between the downloads of several files saved at once. */
const DOWNLOAD_GAP_MS = 250;

/** Offers text (as UTF-8) or bytes as a download. */
function download(name: string, mime: string, content: string | Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([content], { type: typeof content === 'string' ? `${mime};charset=utf-8` : mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The platform in a plain browser tab: a file input for opening, a download for saving. */
export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    mac: runsOnMac(),
    async importDocuments() {
      const files = await chooseFiles(ACCEPTED_EXTENSIONS.join(','), true, 'Choose documents to import');
      if (files.length === 0) return ok({ cancelled: true, files: [] });
      return ok({ cancelled: false, files: await convertBrowserFiles(files) });
    },
    importDroppedFiles: async (files) => ok({ cancelled: false, files: await convertBrowserFiles(files) }),
    async openFile(kind): Promise<Result<OpenedFile | null>> {
      const [file] = await chooseFiles(ACCEPT[kind], false, `Choose a ${kind} file`);
      if (!file) return ok(null);
      if (file.size > MAX_OPEN_BYTES) return fail(`“${file.name}” is larger than ${MAX_OPEN_BYTES / 1024 / 1024} MB and was not opened.`);
      try {
        return ok({ name: file.name, content: await file.text() });
      } catch {
        return fail(`“${file.name}” could not be read.`);
      }
    },
    async saveFile(suggestedName, kind, content) {
      download(suggestedName, MIME[kind], content);
      return ok(suggestedName);
    },
    async openBinaryFile(kind): Promise<Result<OpenedBinaryFile | null>> {
      const [file] = await chooseFiles(BINARY_ACCEPT[kind], false, kind === 'qdpx' ? 'Choose a REFI-QDA project' : 'Choose a REFI-QDA project or codebook');
      if (!file) return ok(null);
      if (file.size > MAX_IPC_BYTES) return fail(`“${file.name}” is larger than ${MAX_IPC_BYTES / 1024 / 1024} MB and was not opened.`);
      try {
        return ok({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      } catch {
        return fail(`“${file.name}” could not be read.`);
      }
    },
    async saveBinaryFile(suggestedName, kind, bytes) {
      // A download is written whole by the browser, or not at all.
      download(suggestedName, BINARY_MIME[kind], new Uint8Array(bytes));
      return ok(suggestedName);
    },
    async saveTables(files) {
      // One download at a time, a moment apart: Chromium drops some of several downloads
      // started in one task (a dataset's table went missing on a busy machine).
      for (const [i, file] of files.entries()) {
        if (i > 0) await new Promise((next) => setTimeout(next, DOWNLOAD_GAP_MS));
        download(file.name, file.name.endsWith('.tsv') ? MIME.tsv : MIME.csv, file.content);
      }
      return ok(files.map((f) => f.name).join(', '));
    },
    backups: null,
    syncCredentials: null,
    desktop: null,
  };
}
