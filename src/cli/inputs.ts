/**
 * Reading the command line's inputs: annotation files (parsed by the app's importer) and
 * texts (converted to canonical text exactly as the app imports them, so hashes agree).
 */
import { convertFile } from '../shared/formats/convert';
import { decodeBytes } from '../shared/formats/decode';
import type { DocumentRecord } from '../shared/model';
import { contentHash } from '../shared/text/hash';
import { parseAnnotationFile, type ParsedFile } from '../shared/w3c/import';
import { type CliIo, dataError, usageError } from './io';
import { fsErrorReason } from '../node/fs-errors';
import { baseName } from '../shared/patterns';

/** An annotation file as given on the command line, and what it holds. */
export interface AnnotationFile {
  path: string;
  parsed: ParsedFile;
}


/** A file name without its extension (`speech.txt` → `speech`). */
export function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The bytes of an input file; a missing or unreadable file is a usage error naming it. */
export async function readInput(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw usageError(`Cannot read “${path}”: ${fsErrorReason(error)}.`);
  }
}

/** Reads and parses one annotation file. Unreadable JSON or an unknown shape is invalid data. */
export async function readAnnotationFile(io: CliIo, path: string): Promise<AnnotationFile> {
  const bytes = await readInput(io, path);
  const parsed = parseAnnotationFile(decodeBytes(bytes).text, path);
  if (!parsed.ok) throw dataError(parsed.error);
  return { path, parsed: parsed.value };
}

/**
 * The document id the command line gives a text: derived from its content hash, so the same
 * text always gets the same id.
 */
export function textDocumentId(hash: string): string {
  return `text-${hash.slice(0, 12)}`;
}

/**
 * Reads a text as the app imports it (.txt, .md, .html, .docx, any of the encodings the app
 * detects) and makes it a document: title is the file name without extension.
 */
export async function readText(io: CliIo, path: string, now: string): Promise<DocumentRecord> {
  const bytes = await readInput(io, path);
  const name = baseName(path);
  // The budgets are checked while converting, so a hostile text costs bounded time and memory here too.
  const converted = convertFile(name, bytes);
  if (!converted.ok) throw dataError(`${path}: ${converted.error}`);
  const hash = contentHash(converted.text);
  return {
    id: textDocumentId(hash),
    title: stem(name),
    text: converted.text,
    hash,
    sourceName: name,
    importedAt: now,
    lastOpenedAt: '',
  };
}

/**
 * Reads all texts; a text given twice (the same content) is kept once.
 */
export async function readTexts(io: CliIo, paths: readonly string[], now: string): Promise<DocumentRecord[]> {
  const documents: DocumentRecord[] = [];
  for (const path of paths) {
    const doc = await readText(io, path, now);
    if (!documents.some((d) => d.hash === doc.hash)) documents.push(doc);
  }
  return documents;
}
