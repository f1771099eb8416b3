/**
 * One text source of a project into the model: its canonical text as a document, and each
 * coding of each selection as an annotation placed by the source's reading (`readings.ts`).
 * A selection whose positions do not fit the text under that reading is looked for by its quote
 * (the `name` packages write) and otherwise kept as an orphan; the report counts each.
 */
import { Anchorer, quoteAt } from '../anchoring/anchor';
import type { Annotation, DocumentRecord } from '../model';
import { canonicalText } from '../text/canonical';
import { contentHash } from '../text/hash';
import { snapToCodePoint } from '../text/offsets';
import type { SourceText } from './archive-files';
import { canonicalMap } from './canonical-map';
import { uuidV5, WORKBENCH_GUID_NAMESPACE } from './guid';
import type { SourceReport } from './import-types';
import type { NotCarriedList } from './not-carried';
import { decideReading, type Reading } from './readings';
import type { QdeSelection, QdeTextSource } from './read-project';

/** What placing a source needs from the whole project. */
export interface SourceContext {
  origin: string;
  /** ISO time for annotations the file gives no time for, and for `importedAt`. */
  now: string;
  /** The coder's name of a user GUID ('' for none). */
  coderOf(guid: string | null): string;
  /** The category id of a code GUID (a placeholder for a missing code). */
  categoryOf(guid: string | null): string;
  /** The memo of a selection: its description and the notes attached to it. */
  memoOf(selection: QdeSelection, sourceName: string): string;
  /** Annotation ids already given, so every coding gets its own. */
  ids: Set<string>;
  notCarried: NotCarriedList;
}

/** File extensions dropped from a source's name to make the document's title. */
const TITLE_EXTENSION = /\.(txt|text|docx?|rtf|odt|pdf|md|html?)$/i;

/** The title of a document from a source's name. */
export function titleOf(name: string): string {
  const title = name.trim().replace(TITLE_EXTENSION, '');
  return title === '' ? 'Untitled source' : title;
}

/** A selection's name as a quote to search for, or '' when it is none (cut short, or empty). */
function searchableName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || /(\.\.\.|…)$/.test(trimmed)) return '';
  return trimmed.normalize('NFC');
}

/** The id of the `index`-th coding of a selection: the coding's GUID unless that is taken. */
function codingId(guid: string | null, selectionKey: string, index: number, ids: Set<string>): string {
  let id = guid !== null && !ids.has(guid) ? guid : uuidV5(WORKBENCH_GUID_NAMESPACE, `coding:${selectionKey}:${index}`);
  for (let n = 2; ids.has(id); n++) id = uuidV5(WORKBENCH_GUID_NAMESPACE, `coding:${selectionKey}:${index}:${n}`);
  ids.add(id);
  return id;
}

/** Places one source; `chosen` overrides the detected reading. */
export function importSource(
  source: QdeTextSource,
  sourceText: SourceText,
  ctx: SourceContext,
  chosen?: Reading,
): { document: DocumentRecord; annotations: Annotation[]; report: SourceReport } {
  const { raw, hadBom } = sourceText;
  const map = canonicalMap(raw);
  const text = map.text;
  const document: DocumentRecord = {
    id: source.guid,
    title: titleOf(source.name),
    text,
    hash: contentHash(text),
    sourceName: source.name,
    importedAt: ctx.now,
    lastOpenedAt: '',
  };
  const decision = decideReading({ raw, hadBom }, source.selections, ctx.origin, chosen);
  const report: SourceReport = {
    guid: source.guid,
    name: source.name,
    kind: source.kind,
    documentId: document.id,
    problem: null,
    reading: decision.reading,
    basis: decision.basis,
    candidates: decision.candidates,
    hadBom,
    hasCrlf: raw.includes('\r\n'),
    selections: source.selections.length,
    codings: 0,
    placed: 0,
    placedByQuote: 0,
    orphaned: 0,
  };
  let anchorer: Anchorer | null = null;
  const anchor = (exact: string, start?: number, end?: number) => {
    anchorer ??= new Anchorer(text);
    return anchorer.anchor({ exact, prefix: '', suffix: '', start, end });
  };

  const annotations: Annotation[] = [];
  source.selections.forEach((selection, i) => {
    if (selection.codings.length === 0) {
      ctx.notCarried.add('selections without a code', 'an annotation in the workbench is a category on a span; a span with only a memo has none.', selection.name);
      return;
    }
    // Where the selection goes: the reading's span, checked against the text where the map
    // had to approximate, else its quote searched for.
    const span = decision.spans[i];
    let place: { start: number; end: number } | null = null;
    let byQuote = false;
    if (span !== null) {
      const start = snapToCodePoint(text, map.toCanonical(span.start, 'start'), -1);
      const end = Math.max(start, snapToCodePoint(text, map.toCanonical(span.end, 'end'), 1));
      place = { start, end };
      if (!map.exact) {
        const expected = canonicalText(raw.slice(span.start, span.end));
        if (text.slice(start, end) !== expected) {
          const found = anchor(expected, start, end);
          place = found.kind === 'orphan' ? null : { start: found.start, end: found.end };
        }
      }
    }
    if (place === null) {
      const quote = searchableName(selection.name);
      const found = quote === '' ? null : anchor(quote);
      if (found && found.kind !== 'orphan') {
        place = { start: found.start, end: found.end };
        byQuote = true;
      }
    }
    const memo = ctx.memoOf(selection, source.name);
    const key = selection.guid ?? `${source.guid}:${i}`;
    selection.codings.forEach((coding, ci) => {
      report.codings++;
      const created = coding.created ?? selection.created ?? selection.modified ?? ctx.now;
      const quote = place ? quoteAt(text, place.start, place.end) : { exact: searchableName(selection.name), prefix: '', suffix: '' };
      annotations.push({
        id: codingId(coding.guid, key, ci, ctx.ids),
        documentId: document.id,
        categoryId: ctx.categoryOf(coding.codeGuid),
        start: place ? place.start : 0,
        end: place ? place.end : 0,
        ...quote,
        memo,
        coder: ctx.coderOf(coding.user ?? selection.user ?? selection.modifyingUser ?? source.user),
        created,
        // A selection changed before its coding was made was last changed by that coding.
        modified: selection.modified !== null && Date.parse(selection.modified) >= Date.parse(created) ? selection.modified : created,
        status: place ? 'placed' : 'orphan',
      });
      if (!place) report.orphaned++;
      else if (byQuote) report.placedByQuote++;
      else report.placed++;
    });
  });
  return { document, annotations, report };
}
