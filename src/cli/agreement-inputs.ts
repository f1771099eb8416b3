/**
 * The inputs of `workbench agreement`: a reliability table (CSV), or a text with the W3C files
 * of its coders, read into coders' layers by the app's importer and re-anchorer.
 */
import { Anchorer } from '../shared/anchoring/anchor';
import type { AnchorCounts } from '../shared/anchoring/types';
import type { CodedData } from '../shared/agreement/coded-data';
import type { CategoryRef, CoderAnnotation, CoderLayer } from '../shared/agreement/layers';
import { type TableNeeds, reliabilityTable } from '../shared/agreement/table-data';
import { decodeBytes } from '../shared/formats/decode';
import { MAX_OPEN_BYTES } from '../shared/limits';
import type { DocumentRecord } from '../shared/model';
import { placeAnnotations } from '../shared/w3c/place';
import { resolveCodebook } from './codebook';
import { type AnnotationFile, readAnnotationFile, readInput, readText } from './inputs';
import { type CliIo, dataError } from './io';
import { requireNoProblems } from './problems';

/** Reads and checks a reliability table; bad data is an invalid-data error naming the file. */
export async function readTable(io: CliIo, path: string, needs: TableNeeds): Promise<CodedData> {
  const bytes = await readInput(io, path);
  if (bytes.length > MAX_OPEN_BYTES) throw dataError(`${path}: the file is larger than ${MAX_OPEN_BYTES / 1024 / 1024} MB.`);
  const table = reliabilityTable(decodeBytes(bytes).text, needs);
  if (!table.ok) throw dataError(`${path}: ${table.error}`);
  return table.value;
}

/** How one annotation file was read and placed on the text. */
export interface FileReport {
  path: string;
  format: string;
  annotations: number;
  counts: AnchorCounts;
}

/** A text, its coders' layers, the codebook, and how each file was placed. */
export interface TextInputs {
  doc: DocumentRecord;
  layers: CoderLayer[];
  categories: CategoryRef[];
  files: FileReport[];
}

/** The coder name used for annotations without a `creator`. */
export const NO_CREATOR = '(no creator)';

/**
 * Reads the text and the files, resolves the codebook as `convert` does, and places every
 * annotation on the text (position checked against the quote; moved and fuzzy matches kept;
 * orphans left out and counted). Annotations are grouped into layers by their `creator`.
 */
export async function readTextInputs(io: CliIo, textPath: string, paths: readonly string[], now: string): Promise<TextInputs> {
  const doc = await readText(io, textPath, now);
  const files: AnnotationFile[] = [];
  for (const path of paths) files.push(await readAnnotationFile(io, path));
  requireNoProblems(files);
  const { categories } = resolveCodebook(files, now);
  const anchorer = new Anchorer(doc.text);
  const byCoder = new Map<string, CoderAnnotation[]>();
  const reports: FileReport[] = [];
  for (const file of files) {
    const placement = placeAnnotations(file.parsed.annotations, doc, categories, anchorer, { now, shipped: file.parsed.categories });
    for (const a of placement.annotations) {
      if (a.status !== 'placed') continue;
      const coder = a.coder === '' ? NO_CREATOR : a.coder;
      const list = byCoder.get(coder) ?? [];
      list.push({ categoryId: a.categoryId, start: a.start, end: a.end });
      byCoder.set(coder, list);
    }
    reports.push({ path: file.path, format: file.parsed.format, annotations: placement.annotations.length, counts: placement.counts });
  }
  return {
    doc,
    layers: [...byCoder].map(([coder, annotations]) => ({ coder, annotations })),
    categories: categories.map((c) => ({ id: c.id, label: c.label, order: c.order })),
    files: reports,
  };
}
