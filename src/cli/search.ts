/**
 * `workbench search [--regex] [--case-sensitive] [--whole-word] [--ignore-diacritics]
 * [--context N] [--sort left|right|position] [--json] QUERY FILE…`: a concordance of QUERY
 * in the texts, as the app finds it (the same matcher, the same speaker rule). Each FILE is
 * read as the app imports it; positions are code points of the canonical text.
 *
 * The texts are scanned once: for a one-off search that is cheaper than building the
 * positional index the app keeps for its library (`shared/search/search-index.ts`).
 */
import { SEARCH_BUDGET_MS } from '../shared/limits';
import { searchText } from '../shared/search/document-search';
import { DEFAULT_CONTEXT, kwicRow, sortConcordance, SORT_WORDS, type KwicRow, type KwicSort } from '../shared/search/kwic';
import { compileQuery } from '../shared/search/query';
import { OffsetMap } from '../shared/text/offsets';
import { detectStructure } from '../shared/transcript/structure';
import { parseArgs } from './args';
import { type CliIo, EXIT, usageError } from './io';
import { readText } from './inputs';
import { displayCell, fitCodePoints, padCodePoints } from './text-output';
import { plural } from '../shared/plural';

/** Longest context a user can ask for, in code points. */
const MAX_CONTEXT = 1000;

/** `--sort` values: position, left, right, or left:N / right:N (the N-th word from the hit). */
export function parseSort(value: string | undefined): KwicSort {
  if (value === undefined || value === 'position') return { by: 'position' };
  const m = /^(left|right)(?::(\d+))?$/.exec(value);
  const word = m?.[2] === undefined ? 1 : Number(m[2]);
  if (!m || word < 1 || word > SORT_WORDS) {
    throw usageError(`--sort takes position, left, right, left:N or right:N (N from 1 to ${SORT_WORDS}), not “${value}”.`);
  }
  return { by: m[1] as 'left' | 'right', word };
}

function parseContext(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CONTEXT;
  if (!/^\d+$/.test(value) || Number(value) > MAX_CONTEXT) throw usageError(`--context takes a number of characters from 0 to ${MAX_CONTEXT}, not “${value}”.`);
  return Number(value);
}

/** One hit as `search --json` prints it: the row's texts, offsets in code points, half-open. */
type JsonHit = { document: string; start: number; end: number } & Pick<KwicRow, 'left' | 'match' | 'right' | 'speaker' | 'turn'>;

/** Runs the command; prints the concordance. Exit 1 when the time budget stopped the search. */
export async function searchCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const args = parseArgs('search', argv, {
    regex: 'flag',
    'case-sensitive': 'flag',
    'whole-word': 'flag',
    'ignore-diacritics': 'flag',
    context: 'value',
    sort: 'value',
    json: 'flag',
  });
  const [query, ...files] = args.positional;
  if (query === undefined || files.length === 0) throw usageError('“search” needs a QUERY and at least one FILE.');
  const context = parseContext(args.values.get('context'));
  const sort = parseSort(args.values.get('sort'));
  const compiled = compileQuery(query, {
    regex: args.flags.has('regex'),
    caseSensitive: args.flags.has('case-sensitive'),
    wholeWord: args.flags.has('whole-word'),
    ignoreDiacritics: args.flags.has('ignore-diacritics'),
  });
  if (!compiled.ok) throw usageError(compiled.error);

  const now = (io.now?.() ?? new Date()).toISOString();
  const documents = [];
  for (const path of files) documents.push({ path, doc: await readText(io, path, now) });

  const started = Date.now();
  let complete = true;
  const rows: KwicRow[] = [];
  const maps = new Map<string, OffsetMap>();
  for (const { path, doc } of documents) {
    const structure = detectStructure(doc.text, doc.hash);
    const budgetMs = Math.max(0, SEARCH_BUDGET_MS - (Date.now() - started));
    const found = searchText(doc.text, compiled.value, { clock: Date.now, budgetMs });
    complete &&= found.complete;
    maps.set(path, new OffsetMap(doc.text));
    for (const h of found.hits) rows.push(kwicRow(path, doc.text, h.start, h.end, structure, context));
    if (!complete) break;
  }
  const sorted = sortConcordance(rows, sort, { documentOrder: new Map(files.map((f, i) => [f, i])) });

  if (args.flags.has('json')) {
    const hits: JsonHit[] = sorted.map((r) => {
      const map = maps.get(r.documentId)!;
      return {
        document: r.documentId,
        start: map.toCodePoints(r.start),
        end: map.toCodePoints(r.end),
        left: r.left,
        match: r.match,
        right: r.right,
        speaker: r.speaker,
        turn: r.turn,
      };
    });
    io.stdout(JSON.stringify({ query, total: hits.length, complete, hits }, null, 2) + '\n');
  } else {
    const meta = sorted.map((r) => (r.turn === null ? r.documentId : `${r.documentId} #${r.turn} ${r.speaker}`));
    const width = Math.min(60, Math.max(0, ...meta.map((m) => [...m].length)));
    sorted.forEach((r, i) => {
      io.stdout(`${fitCodePoints(meta[i], width)}  ${padCodePoints(displayCell(r.left), context, 'start')} ${displayCell(r.match)} ${displayCell(r.right)}\n`);
    });
    const inDocuments = new Set(sorted.map((r) => r.documentId)).size;
    io.stdout(`${plural(sorted.length, 'hit')} in ${plural(inDocuments, 'document')} of ${files.length}.\n`);
  }
  if (!complete) {
    io.stderr(`workbench search: stopped after ${SEARCH_BUDGET_MS / 1000} s: the hits above are the ones found until then.\n`);
    return EXIT.invalid;
  }
  return EXIT.ok;
}
