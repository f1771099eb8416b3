/**
 * Import of annotation exchange files. Accepted shapes: a W3C Web Annotation, an array of
 * them, an `AnnotationPage`, an `AnnotationCollection` with its first page embedded (these
 * also cover Recogito's exports), and Hypothesis exports (`{ annotations: [rows] }` or a bare
 * array of rows).
 *
 * Validation comes first. A file that is not JSON, not one of these shapes, or beyond
 * `IMPORT_LIMITS` is refused as a whole with a sentence saying what and where. Otherwise each
 * annotation is read on its own: the good ones are returned, and each bad one becomes a
 * problem naming its index, id and the property at fault, for the report shown before writing.
 */
import { EXTRA_COLOURS } from '../codebook';
import type { Category } from '../model';
import { fail, ok, type Result } from '../result';
import type { ImportFormat, ImportProblem, ImportedAnnotation, ParsedFile } from './import-types';
import { PropertyError, firstString, hasType, isObj, many, nestsDeeperThan } from './json-read';
import { conceptId, conceptLabel, readHypothesisRow, readW3cAnnotation } from './read-annotation';
import { FILE_LIMITS, IMPORT_LIMITS, MAX_CONTEXT_CODE_POINTS } from '../limits';
import { CODEBOOK_PROPERTY, CONCEPT_KEYS } from './vocabulary';
import { WORKSPACE_FORMAT } from '../workspace-file';
import { ABSOLUTE_IRI, HEX_COLOUR } from '../patterns';

export type { ImportFormat, ImportProblem, ImportedAnnotation, ParsedFile } from './import-types';

/** The items of a file before they are read one by one. */
interface Located {
  format: ImportFormat;
  items: unknown[];
  root: unknown;
  label?: string;
}

/** JSON.parse's complaint with a line and column added when it gives only a position. */
function jsonError(json: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  if (!at || /line \d+/.test(message)) return message;
  const pos = Number(at[1]);
  const before = json.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

function looksLikeHypothesisRow(item: unknown): boolean {
  return isObj(item) && !hasType(item.type, 'Annotation') && (typeof item.uri === 'string' || Array.isArray(item.tags) || typeof item.user === 'string');
}

function locate(root: unknown, fileName: string): Result<Located> {
  if (Array.isArray(root)) {
    const hypothesis = root.length > 0 && looksLikeHypothesisRow(root[0]);
    return ok({ format: hypothesis ? 'hypothesis' : 'w3c', items: root, root });
  }
  if (!isObj(root)) return fail(`${fileName} is not an annotation file: it holds a single ${root === null ? 'null' : typeof root}, not an object or an array.`);
  if (root.format === WORKSPACE_FORMAT) return fail(`${fileName} is a workspace file of the workbench, not an annotation file: open it with File → Import workspace….`);
  if (Array.isArray(root.annotations) && root.type === undefined) return ok({ format: 'hypothesis', items: root.annotations, root });
  const label = firstString(root.label) ?? undefined;
  if (hasType(root.type, 'AnnotationCollection')) {
    if (root.first === undefined) {
      if (root.total === 0 || root.total === undefined) return ok({ format: 'w3c', items: [], root, label });
      return fail(`${fileName}: the collection says it holds ${String(root.total)} annotations but has no “first” page.`);
    }
    if (!isObj(root.first)) return fail(`${fileName}: the collection’s “first” page is not embedded in the file (it is only a link), so its annotations cannot be read.`);
    if (root.first.next !== undefined) return fail(`${fileName}: the collection has more than one page; only collections with their annotations in one embedded page can be read.`);
    if (!Array.isArray(root.first.items)) return fail(`${fileName}: the collection’s first page has no “items” array.`);
    return ok({ format: 'w3c', items: root.first.items, root, label });
  }
  if (hasType(root.type, 'AnnotationPage')) {
    if (!Array.isArray(root.items)) return fail(`${fileName}: the annotation page has no “items” array.`);
    return ok({ format: 'w3c', items: root.items, root, label });
  }
  if (hasType(root.type, 'Annotation')) return ok({ format: 'w3c', items: [root], root });
  const type = root.type === undefined ? 'no “type”' : `“type” ${JSON.stringify(root.type)}`;
  return fail(`${fileName} is not a Web Annotation file: its top-level object has ${type}, where an Annotation, AnnotationPage or AnnotationCollection (or a Hypothesis export with “annotations”) was expected.`);
}

/** Recogito writes ids that are not absolute IRIs (`#uuid` or a bare UUID); that tells it apart. */
function dialect(located: Located): ImportFormat {
  if (located.format !== 'w3c') return located.format;
  const absolute = (v: unknown): boolean => typeof v === 'string' && ABSOLUTE_IRI.test(v);
  const foreign = located.items.some((a) => isObj(a) && a.id !== undefined && !absolute(a.id));
  return foreign ? 'recogito' : 'w3c';
}

/** The codebook shipped under the collection's `conformsTo` (see `export.ts`), or []. */
export function shippedCodebook(root: unknown): Category[] {
  if (!isObj(root)) return [];
  const categories: Category[] = [];
  const ids = new Set<string>();
  for (const scheme of many(root[CODEBOOK_PROPERTY])) {
    if (!isObj(scheme)) continue;
    many(scheme[CONCEPT_KEYS.topConcepts]).forEach((concept, i) => {
      if (!isObj(concept)) return;
      const id = conceptId(concept);
      const label = conceptLabel(concept);
      if (!id || !label || ids.has(id)) return;
      ids.add(id);
      const colour = firstString(concept[CONCEPT_KEYS.colour]) ?? '';
      const order = concept[CONCEPT_KEYS.order];
      categories.push({
        id,
        label,
        definition: firstString(concept[CONCEPT_KEYS.definition]) ?? '',
        colour: HEX_COLOUR.test(colour) ? colour : EXTRA_COLOURS[i % EXTRA_COLOURS.length],
        shortcut: '',
        order: typeof order === 'number' && Number.isInteger(order) ? order : i,
        retired: concept[CONCEPT_KEYS.retired] === true,
      });
    });
  }
  return categories;
}

function itemId(item: unknown): string | null {
  return isObj(item) && typeof item.id === 'string' ? item.id : null;
}

/** The number of codebook concepts a file ships, counted before they are read. */
function shippedConceptCount(root: unknown): number {
  if (!isObj(root)) return 0;
  let n = 0;
  for (const scheme of many(root[CODEBOOK_PROPERTY])) if (isObj(scheme)) n += many(scheme[CONCEPT_KEYS.topConcepts]).length;
  return n;
}

/** The refusal of a file that uses more categories or coders than one file may, or null. */
function overFileLimits(fileName: string, annotations: ImportedAnnotation[], shipped: number): string | null {
  const categories = new Set<string>();
  const coders = new Set<string>();
  for (const a of annotations) {
    categories.add(a.categoryId ?? `label:${a.categoryLabel.trim().toLowerCase()}`);
    coders.add(a.coder);
  }
  const used = Math.max(categories.size, shipped);
  if (used > FILE_LIMITS.maxCategories) {
    return `${fileName} uses ${used.toLocaleString('en')} categories, more than the ${FILE_LIMITS.maxCategories.toLocaleString('en')} that one file may bring into a codebook. Nothing was imported.`;
  }
  if (coders.size > FILE_LIMITS.maxCoders) {
    return `${fileName} names ${coders.size.toLocaleString('en')} coders, more than the ${FILE_LIMITS.maxCoders.toLocaleString('en')} that one file may hold. Nothing was imported.`;
  }
  return null;
}

/** The report's note on contexts cut to the workbench's length, or null. */
function contextNote(annotations: ImportedAnnotation[]): string | null {
  const cut = annotations.filter((a) => a.contextCut).length;
  if (cut === 0) return null;
  return `${cut.toLocaleString('en')} annotation${cut === 1 ? ' had a prefix or suffix' : 's had prefixes or suffixes'} longer than ${MAX_CONTEXT_CODE_POINTS} characters; only the ${MAX_CONTEXT_CODE_POINTS} next to the quote were kept.`;
}

/**
 * Reads an annotation file. `fileName` is used in messages only. Fails as a whole for
 * unreadable files and files beyond `IMPORT_LIMITS` or `FILE_LIMITS` (size, nesting,
 * annotations, categories, coders); otherwise returns the annotations that could be read and
 * a problem for each that could not (including ids repeated within the file, and annotations
 * beyond `ANNOTATION_LIMITS`), with notes on what was adjusted (contexts cut).
 */
export function parseAnnotationFile(json: string, fileName: string): Result<ParsedFile> {
  if (json.length > IMPORT_LIMITS.maxChars) {
    return fail(`${fileName} is too large to import: ${json.length.toLocaleString('en')} characters, where at most ${IMPORT_LIMITS.maxChars.toLocaleString('en')} are accepted. Split it into smaller files.`);
  }
  if (nestsDeeperThan(json, FILE_LIMITS.maxDepth)) {
    return fail(`${fileName} nests its JSON deeper than ${FILE_LIMITS.maxDepth} levels, which no annotation file needs; it is not read.`);
  }
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch (error) {
    return fail(`${fileName} is not valid JSON: ${jsonError(json, error)}.`);
  }
  const located = locate(root, fileName);
  if (!located.ok) return located;
  const { items } = located.value;
  if (items.length > IMPORT_LIMITS.maxAnnotations) {
    return fail(`${fileName} holds ${items.length.toLocaleString('en')} annotations, more than the ${IMPORT_LIMITS.maxAnnotations.toLocaleString('en')} that one import accepts. Split it into smaller files.`);
  }
  const format = dialect(located.value);
  const read = format === 'hypothesis' ? readHypothesisRow : readW3cAnnotation;
  const annotations: ImportedAnnotation[] = [];
  const problems: ImportProblem[] = [];
  const ids = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    try {
      const found = read(item);
      for (const a of found) if (ids.has(a.id)) throw new PropertyError('id', 'repeats the id of an earlier annotation in this file');
      for (const a of found) {
        ids.add(a.id);
        annotations.push(a);
      }
    } catch (error) {
      if (!(error instanceof PropertyError)) throw error;
      problems.push({ index, id: itemId(item), property: error.property, message: error.message });
    }
  }
  const shipped = shippedConceptCount(located.value.root);
  const over = overFileLimits(fileName, annotations, shipped);
  if (over) return fail(over);
  const value: ParsedFile = { format, annotations, problems, categories: shippedCodebook(located.value.root) };
  if (located.value.label !== undefined) value.label = located.value.label;
  const note = contextNote(annotations);
  if (note) value.notes = [note];
  return ok(value);
}

/** A sentence describing one problem, e.g. for the import report. */
export function describeProblem(problem: ImportProblem): string {
  const which = `Annotation ${problem.index + 1}${problem.id ? ` (${problem.id})` : ''}`;
  return problem.property ? `${which}: “${problem.property}” ${problem.message}.` : `${which} ${problem.message}.`;
}

