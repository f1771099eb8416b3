/** The conversion task run in `convert.worker.ts`: a chosen file read and converted there. */
import type { ImportedFile } from '../../shared/ipc';
import { convertFile } from '../../shared/formats/convert';

/** What the conversion worker receives. */
export interface ConvertRequest {
  file: Blob;
  name: string;
}

/** Reads the file's bytes and converts them (`convertFile`), inside the worker. */
export async function convertTask(request: ConvertRequest): Promise<ImportedFile> {
  return convertFile(request.name, new Uint8Array(await request.file.arrayBuffer()));
}
