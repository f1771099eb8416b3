import type { ImportedFile } from '../../shared/ipc';
import { convertFile, refuseBeforeReading } from '../../shared/formats/convert';

/** Extracts a .docx in the renderer with mammoth's browser build, loaded only when needed. */
async function extractDocx(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth/mammoth.browser');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const result = await mammoth.extractRawText({ arrayBuffer: buffer });
  return result.value;
}

/** Converts files chosen or dropped in the page, one outcome per file, never throwing. */
export async function convertBrowserFiles(files: File[]): Promise<ImportedFile[]> {
  const outcomes: ImportedFile[] = [];
  for (const file of files) {
    const refused = refuseBeforeReading(file.name, file.size);
    if (refused) {
      outcomes.push(refused);
      continue;
    }
    try {
      outcomes.push(await convertFile(file.name, new Uint8Array(await file.arrayBuffer()), extractDocx));
    } catch {
      outcomes.push({ name: file.name, ok: false, error: `“${file.name}” could not be read.` });
    }
  }
  return outcomes;
}
