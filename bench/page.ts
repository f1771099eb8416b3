/**
 * The in-page half of the benchmark (issue 7). Bundled by esbuild (`bench/run.mjs`) into one
 * script that Playwright adds to the running browser twin; it exposes `window.__bench`.
 *
 * It uses the app's own code (database class, repository, import planner, shared W3C, CSV and
 * anchoring code) against the app's IndexedDB, and measures with `performance.now()`,
 * `performance.mark/measure` and PerformanceObserver; never with sleeps.
 */
import * as textQuote from 'dom-anchor-text-quote';
import { SETTING_KEYS, WorkbenchDatabase } from '../src/renderer/db/database';
import { Repository } from '../src/renderer/db/repository';
import { importEdit, planImport } from '../src/renderer/features/exchange/annotation-import';
import { inProcessWorker } from '../src/renderer/workers/in-process-worker';
import { readAnnotationFileOffThread } from '../src/renderer/workers/parse-client';
import { parseTask } from '../src/renderer/workers/parse-task';
import { placeTask } from '../src/renderer/workers/place-task';
import { readerOf } from '../src/renderer/features/workspace/library-reader';
import { Anchorer, quoteAt } from '../src/shared/anchoring/anchor';
import type { AnchorHint } from '../src/shared/anchoring/types';
import { DEFAULT_CATEGORIES } from '../src/shared/codebook';
import { datasetFiles, datasetFromModel } from '../src/shared/dataset/tables';
import type { Annotation, DocumentRecord } from '../src/shared/model';
import { contentHash } from '../src/shared/text/hash';
import { serialiseCollection } from '../src/shared/w3c/export';
import { searchSteps, searchText, type TextHit } from '../src/shared/search/document-search';
import { kwicRow, sortConcordance } from '../src/shared/search/kwic';
import { librarySearchSteps, searchLibrary } from '../src/shared/search/library-search';
import { compileQuery } from '../src/shared/search/query';
import { SearchIndex } from '../src/shared/search/search-index';
import { detectStructure, type TranscriptStructure } from '../src/shared/transcript/structure';
import { convertFile } from '../src/shared/formats/convert';
import { BENCH_CODER, generateCorpus, generateSearchLibrary, type Corpus } from './corpus.mjs';
import { codersBench } from './coders-page';

const BIG_TITLE = 'Bench transcript (2 MB)';
const SMALL_TITLE = 'Library 01';

let corpusCache: Corpus | null = null;
/** The corpus, generated once per page load (deterministic: same seed, same data). */
function corpus(): Corpus {
  corpusCache ??= generateCorpus({ quoteAt, hash: contentHash });
  return corpusCache;
}

let repoCache: Repository | null = null;
/** A second connection to the app's database, through the app's own classes. */
async function repo(): Promise<Repository> {
  if (!repoCache) {
    const db = new WorkbenchDatabase();
    await db.open();
    repoCache = new Repository(db);
  }
  return repoCache;
}

/** Duration between two `performance.now()` readings, recorded as a measure too. */
function measure(name: string, start: number, end = performance.now()): number {
  performance.measure(name, { start, end });
  return end - start;
}

/** Resolves after the next frame has been produced (rAF, then a task after it). */
function nextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

/** Resolves when `test()` holds, checked at every DOM mutation (and, for set-up steps, every 200 ms). */
function until(test: () => boolean, timeoutMs = 60_000): Promise<void> {
  if (test()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (): void => {
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error('bench: condition not reached in time'));
    }, timeoutMs);
    const check = (): void => {
      if (!test()) return;
      done();
      resolve();
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    // A condition that turns true without a DOM change (a selection set to the text it already
    // had, which React renders as no change at all) is caught by a slow poll too.
    const poll = setInterval(check, 200);
  });
}

/** Seeds the app's database with the corpus (run once, then reload the page). */
async function seed(): Promise<{ documents: number; annotations: number; bigChars: number; bigBytes: number }> {
  const c = corpus();
  const r = await repo();
  const db = r.db;
  const now = new Date().toISOString();
  const documents = [c.big, ...c.library.map((d, i) => (i === 0 ? { ...d, lastOpenedAt: now } : d))];
  await db.transaction('rw', [db.documents, db.categories, db.settings, db.coders, db.structures], async () => {
    await db.coders.bulkPut([BENCH_CODER]);
    await db.categories.bulkPut([...DEFAULT_CATEGORIES]);
    // The small document is the last opened, so the app boots into it, not into the big one.
    await db.documents.bulkPut(documents);
    // As a document import stores them: each text's transcript structure beside it.
    await db.structures.bulkPut(documents.map((d) => ({ documentId: d.id, structure: detectStructure(d.text, d.hash) })));
    await db.settings.bulkPut([
      { key: SETTING_KEYS.coderId, value: BENCH_CODER.id },
      { key: 'seeded', value: now },
    ]);
  });
  await r.putAll(c.annotations as Annotation[], []);
  return {
    documents: 1 + c.library.length,
    annotations: c.annotations.length,
    bigChars: c.big.text.length,
    bigBytes: new TextEncoder().encode(c.big.text).length,
  };
}

/** The library's entry for `title`, once the library list has loaded (it may load after the reader). */
async function docButton(title: string): Promise<HTMLButtonElement> {
  const find = () => [...document.querySelectorAll<HTMLButtonElement>('button.doc-title')].find((b) => b.textContent?.trim() === title);
  try {
    await until(() => find() !== undefined, 20_000);
  } catch {
    throw new Error(`bench: no library entry “${title}”`);
  }
  return find()!;
}

const openTitle = (): string | null | undefined => document.querySelector('.reading-head h1')?.textContent;

/** Opens the small document (not timed) so the next open of the big one starts cold. */
async function openSmall(): Promise<void> {
  (await docButton(SMALL_TITLE)).click();
  await until(() => openTitle() === SMALL_TITLE && document.querySelector('.reader-text') !== null);
  await nextPaint();
}

/** Click on the big document → its reader shows highlighted text and the frame is painted. */
async function openBig(): Promise<{ ms: number; toDom: number; highlights: number }> {
  const button = await docButton(BIG_TITLE);
  const start = performance.now();
  performance.mark('bench:open:start');
  button.click();
  await until(() => openTitle() === BIG_TITLE && document.querySelector('.reader-text .hl') !== null);
  const dom = performance.now();
  const end = await nextPaint();
  return { ms: measure('bench:open', start, end), toDom: dom - start, highlights: document.querySelectorAll('.reader-text .hl').length };
}

/** Facts about the open reader, for the report. */
function readerStats(): { domNodes: number; paragraphs: number; highlightElements: number; scrollHeight: number } {
  const reader = document.querySelector('.reader') as HTMLElement;
  return {
    domNodes: document.getElementsByTagName('*').length,
    paragraphs: document.querySelectorAll('.reader-text p').length,
    highlightElements: document.querySelectorAll('.reader-text .hl').length,
    scrollHeight: reader.scrollHeight,
  };
}

/* ---------- tagging ---------- */

interface TagProbe {
  keyAt: number;
  drawnAt: number;
  committedAt: number;
}
let probe: TagProbe | null = null;
let probeObserver: MutationObserver | null = null;

/** Chooses a span in paragraph `i` of `n` (spread over the document) and selects it in the DOM. */
async function selectSpan(i: number, n: number): Promise<string> {
  // The reader redraws the sections that come near the screen after a jump, which can replace
  // the text node a selection was just set in (the selection then falls back to the old one):
  // let the drawing settle first, and try again when the selection did not take.
  for (let attempt = 0; attempt < 5; attempt++) {
    const chosen = await trySelectSpan(i, n, attempt);
    if (chosen !== null) return chosen;
  }
  throw new Error('bench: the selection did not take after 5 attempts');
}

async function trySelectSpan(i: number, n: number, attempt: number): Promise<string | null> {
  const paragraphs = document.querySelectorAll<HTMLElement>('.reader-text p');
  for (let k = Math.floor(((i + 0.5) / n) * paragraphs.length) + attempt; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    // Focus first: focusing the reader scrolls it to its top, which would leave the span
    // selected off screen (a person tags what they see).
    (document.querySelector('.reader-text') as HTMLElement).focus({ preventScroll: true });
    p.scrollIntoView({ block: 'center' });
    await nextPaint();
    await nextPaint();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      if (text.length < 40) continue;
      let a = 4;
      let b = 34;
      // Never split a surrogate pair.
      if (/[\udc00-\udfff]/.test(text[a])) a++;
      if (/[\udc00-\udfff]/.test(text[b])) b++;
      const chosen = text.slice(a, b);
      if (chosen.trim().length < 10) continue;
      window.getSelection()!.setBaseAndExtent(node, a, node, b);
      const needle = chosen.replace(/\s+/g, ' ').trim().slice(0, 12);
      try {
        await until(() => (document.querySelector('.selection-info')?.textContent ?? '').includes(needle), 3000);
      } catch {
        return null;
      }
      await nextPaint();
      return chosen;
    }
  }
  throw new Error('bench: no paragraph with enough text to select');
}

/**
 * Arms the probe for one key press: keydown time (captured before the reader sees the key),
 * the first change of the reader's DOM after it with style and layout forced (the highlight
 * drawn), and the app's `tag:committed` mark (the edit's IndexedDB transaction completed).
 */
function armTag(): void {
  probe = { keyAt: -1, drawnAt: -1, committedAt: -1 };
  const reader = document.querySelector('.reader-text') as HTMLElement;
  window.addEventListener(
    'keydown',
    (e) => {
      if (probe) probe.keyAt = e.timeStamp;
    },
    { capture: true, once: true },
  );
  probeObserver?.disconnect();
  probeObserver = new MutationObserver(() => {
    if (!probe || probe.keyAt < 0 || probe.drawnAt >= 0) return;
    void reader.getBoundingClientRect(); // forces style and layout of the new highlight
    void document.body.offsetHeight;
    probe.drawnAt = performance.now();
    probeObserver?.disconnect();
  });
  probeObserver.observe(reader, { childList: true, subtree: true, characterData: true, attributes: true });
  performance.clearMarks('tag:committed');
}

/** Waits for the armed tag to be committed; returns its timings. */
async function awaitTag(): Promise<{ keyToDrawn: number; keyToCommitted: number }> {
  const p = probe!;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bench: the tag was not committed (is the tag:committed mark in tagging.ts?)')), 30_000);
    const check = (): void => {
      const mark = performance.getEntriesByName('tag:committed', 'mark').at(-1);
      if (mark) {
        p.committedAt = mark.startTime;
        clearTimeout(timer);
        resolve();
      } else setTimeout(check, 5);
    };
    check();
  });
  await nextPaint();
  return { keyToDrawn: p.drawnAt - p.keyAt, keyToCommitted: p.committedAt - p.keyAt };
}

/* ---------- scrolling ---------- */

/** Scrolls the reader from top to bottom, a step per frame; reports long tasks and frame gaps. */
async function scrollThrough(steps = 400): Promise<{ longestTask: number; longTasks: number; maxFrameGap: number; frames: number; ms: number }> {
  const el = document.querySelector('.reader') as HTMLElement;
  el.scrollTop = 0;
  await nextPaint();
  await nextPaint();
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  let last = start;
  let maxGap = 0;
  let frames = 0;
  // At most `steps` frames: sections not yet laid out have an estimated height, so the
  // remaining distance is recomputed each frame and the last step lands at the bottom.
  while (el.scrollTop + el.clientHeight < el.scrollHeight - 1 && frames < steps) {
    const remaining = el.scrollHeight - el.clientHeight - el.scrollTop;
    el.scrollTop += Math.max(el.clientHeight * 0.9, remaining / (steps - frames));
    const now = await new Promise<number>((r) => requestAnimationFrame(r));
    maxGap = Math.max(maxGap, now - last);
    last = now;
    frames++;
  }
  await nextPaint();
  await nextPaint();
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  const ms = measure('bench:scroll', start);
  return { longestTask: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length, maxFrameGap: maxGap, frames, ms };
}

/* ---------- transcript ---------- */

/**
 * Chooses a speaker in the reader's speaker filter (a person picks one from the list) and
 * measures until every other speaker's turn is dimmed and the next frame is produced; then
 * shows all speakers again. The big transcript has thousands of turns, each redrawn.
 */
async function speakerFilter(): Promise<{ ms: number; dimmed: number; speakers: number }> {
  const select = [...document.querySelectorAll<HTMLSelectElement>('.transcript-bar select')][0];
  if (!select) throw new Error('bench: the big document shows no speaker filter');
  const speakers = [...select.options].map((o) => o.value).filter((v) => v !== '');
  const set = (value: string) => {
    // React reads the native setter's value on the change event.
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };
  await nextPaint();
  const start = performance.now();
  set(speakers[1] ?? speakers[0]);
  await until(() => document.querySelector('.reader-text .turn-dim') !== null);
  const end = await nextPaint();
  const dimmed = document.querySelectorAll('.reader-text .turn-dim').length;
  set('');
  await until(() => document.querySelector('.reader-text .turn-dim') === null);
  await nextPaint();
  return { ms: measure('bench:speaker-filter', start, end), dimmed, speakers: speakers.length };
}

/* ---------- export ---------- */

async function bigDocument(): Promise<DocumentRecord> {
  const doc = await (await repo()).document('bench-big');
  if (!doc) throw new Error('bench: the big document is missing');
  return doc;
}

/**
 * Where an export's annotations come from: the open document's session in memory (what the app
 * does for the open document, `exchange/exports.ts` annotationsOfDocuments), or IndexedDB (a
 * document that is not open, or the library). Memory is stood in for by the seeded records.
 */
type Source = 'memory' | 'database';
async function annotationsFrom(source: Source, doc: DocumentRecord): Promise<Annotation[]> {
  return source === 'memory' ? (corpus().annotations as Annotation[]) : (await repo()).allAnnotationsOf(doc.id);
}

/**
 * The untimed set-up of an export (repository, document, corpus generated once per page load),
 * then the clock starts and the annotations are taken from `source`, as the timed part's first step.
 */
async function exportStart(source: Source): Promise<{ r: Repository; doc: DocumentRecord; start: number; annotations: Annotation[] }> {
  const r = await repo();
  const doc = await bigDocument();
  corpus();
  const start = performance.now();
  const annotations = await annotationsFrom(source, doc);
  return { r, doc, start, annotations };
}

/** W3C export as the app does it (`exchange/exports.ts`): annotations, build, serialise; no file save. */
async function exportW3c(source: Source): Promise<{ ms: number; annotations: number; chars: number }> {
  const { r, doc, start, annotations } = await exportStart(source);
  const json = serialiseCollection({
    label: doc.title,
    collectionId: '00000000-0000-4000-8000-000000000001',
    pageId: '00000000-0000-4000-8000-000000000002',
    now: new Date().toISOString(),
    generator: { name: 'bench', version: '0' },
    documents: [doc],
    annotations,
    categories: await r.categories(),
  });
  return { ms: measure(`bench:export-w3c:${source}`, start), annotations: annotations.length, chars: json.length };
}

/** CSV dataset export as the app does it: annotations, segments/documents/codebook tables, format. */
async function exportCsv(source: Source): Promise<{ ms: number; rows: number; chars: number }> {
  const { r, doc, start, annotations } = await exportStart(source);
  const categories = await r.categories();
  const files = datasetFiles(datasetFromModel({ documents: [doc], annotations, categories }), { format: 'csv', lineEnding: '\n', bom: true });
  return { ms: measure(`bench:export-csv:${source}`, start), rows: annotations.length, chars: files.reduce((n, f) => n + f.content.length, 0) };
}

/* ---------- search (issue 14) ---------- */

interface ScaleState {
  documents: DocumentRecord[];
  structures: Map<string, TranscriptStructure>;
  vocabulary: string[];
  index: SearchIndex;
}
let scale: ScaleState | null = null;

/**
 * The search library (500 transcripts of 100 KB, `corpus.mjs` generateSearchLibrary) imported as the
 * app imports files (`convertFile`, content hash, duplicate check by hash, one `addDocuments`
 * transaction per batch of 50, as a drop of 50 files does) into a scratch database; then the
 * positional index built over the imported documents, and the transcript structures detected.
 * Each part timed on its own. The index stays in the page for the figures after it.
 */
async function searchImport(): Promise<{
  importMs: number;
  indexMs: number;
  structureMs: number;
  serialiseMs: number;
  restoreMs: number;
  documents: number;
  megabytes: number;
  textUnits: number;
  tokens: number;
  terms: number;
}> {
  scale = null;
  const generated = searchCorpus();
  const encoder = new TextEncoder();
  const files = generated.documents.map((d) => ({ name: d.name, bytes: encoder.encode(d.text) }));
  const megabytes = files.reduce((n, f) => n + f.bytes.length, 0) / 2 ** 20;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('bench-search');
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  const db = new WorkbenchDatabase('bench-search');
  await db.open();
  const r = new Repository(db);
  const now = new Date().toISOString();
  const documents: DocumentRecord[] = [];

  let start = performance.now();
  for (let b = 0; b < files.length; b += 50) {
    const fresh: DocumentRecord[] = [];
    for (const file of files.slice(b, b + 50)) {
      const converted = convertFile(file.name, file.bytes);
      if (!converted.ok) throw new Error(converted.error);
      const hash = contentHash(converted.text);
      if ((await r.documentByHash(hash)) || fresh.some((d) => d.hash === hash)) continue;
      fresh.push({ id: crypto.randomUUID(), title: file.name, text: converted.text, hash, sourceName: file.name, importedAt: now, lastOpenedAt: '' });
    }
    await r.addDocuments(fresh);
    documents.push(...fresh);
  }
  const importMs = measure('bench:search-import', start);

  start = performance.now();
  const index = new SearchIndex();
  for (const d of documents) index.add(d);
  const indexMs = measure('bench:search-index', start);

  start = performance.now();
  const structures = new Map(documents.map((d) => [d.id, detectStructure(d.text, d.hash)]));
  const structureMs = measure('bench:search-structures', start);

  start = performance.now();
  const data = index.serialise();
  const serialiseMs = measure('bench:search-serialise', start);
  const byId = new Map(documents.map((d) => [d.id, d]));
  start = performance.now();
  SearchIndex.restore(data, (id) => byId.get(id));
  const restoreMs = measure('bench:search-restore', start);
  db.close();

  scale = { documents, structures, vocabulary: generated.vocabulary, index };
  const stats = index.stats();
  const textUnits = documents.reduce((n, d) => n + d.text.length, 0);
  return { importMs, indexMs, structureMs, serialiseMs, restoreMs, documents: documents.length, megabytes, textUnits, tokens: stats.tokens, terms: stats.terms };
}

let searchCorpusCache: ReturnType<typeof generateSearchLibrary> | null = null;
function searchCorpus(): ReturnType<typeof generateSearchLibrary> {
  searchCorpusCache ??= generateSearchLibrary();
  return searchCorpusCache;
}

/** The 20 queries of the word/phrase figure: pseudo-words from common to rare, the corpus's own words, two-word phrases. */
function searchQueries(): string[] {
  const v = searchCorpus().vocabulary;
  const ranks = [0, 3, 10, 30, 100, 300, 1000, 3000, 10000, 29999].map((r) => v[Math.min(r, v.length - 1)]);
  return [...ranks, 'harbour', 'council', 'совет', 'λιμενικό', 'harbour council', 'we demand', 'public hearing', 'the minister', `${v[5]} ${v[0]}`, 'совет гавани'];
}

function scaleState(): ScaleState {
  if (!scale) throw new Error('bench: run searchImport first');
  return scale;
}

/**
 * One library search as the concordance does it: compile, look the query up in the index
 * (windows verified with the document matcher), count all hits, and build the first `rows`
 * KWIC lines with speaker and turn.
 */
function searchWord(query: string, rows = 500): { ms: number; hits: number; documents: number; usedIndex: boolean } {
  const s = scaleState();
  const start = performance.now();
  const q = compileQuery(query);
  if (!q.ok) throw new Error(q.error);
  const result = searchLibrary(s.index, q.value);
  const texts = new Map(s.documents.map((d) => [d.id, d.text]));
  for (const h of result.hits.slice(0, rows)) kwicRow(h.documentId, texts.get(h.documentId)!, h.start, h.end, s.structures.get(h.documentId) ?? null);
  const ms = measure(`bench:search-word:${query}`, start);
  return { ms, hits: result.hits.length, documents: new Set(result.hits.map((h) => h.documentId)).size, usedIndex: result.usedIndex };
}

/** Every hit of a common word as a KWIC row, sorted by the first word to the left (for the notes). */
function sortAll(query: string): { ms: number; rows: number } {
  const s = scaleState();
  const q = compileQuery(query);
  if (!q.ok) throw new Error(q.error);
  const texts = new Map(s.documents.map((d) => [d.id, d.text]));
  const hits = searchLibrary(s.index, q.value).hits;
  const start = performance.now();
  const rows = hits.map((h) => kwicRow(h.documentId, texts.get(h.documentId)!, h.start, h.end, s.structures.get(h.documentId) ?? null));
  sortConcordance(rows, { by: 'left' });
  return { ms: measure('bench:search-sort', start), rows: rows.length };
}

/** A regular expression across the library: a scan, driven step by step as a worker would (one step per document). */
function searchRegex(pattern: string): { ms: number; hits: number; steps: number } {
  const s = scaleState();
  const start = performance.now();
  const q = compileQuery(pattern, { regex: true });
  if (!q.ok) throw new Error(q.error);
  const steps = librarySearchSteps(s.index, q.value);
  let n = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) n++;
  return { ms: measure(`bench:search-regex`, start), hits: step.value.hits.length, steps: n };
}

/** Search in the open 2 MB document: the first chunk's hits, then all hits counted. */
function searchOpen(query: string): { firstMs: number; firstHits: number; allMs: number; hits: number } {
  const text = corpus().big.text;
  let start = performance.now();
  const q = compileQuery(query);
  if (!q.ok) throw new Error(q.error);
  let first: TextHit[] = [];
  for (const batch of searchSteps(text, q.value)) {
    if (batch.length > 0) {
      first = batch;
      break;
    }
  }
  const firstMs = measure('bench:search-open-first', start);
  start = performance.now();
  const q2 = compileQuery(query);
  if (!q2.ok) throw new Error(q2.error);
  const all = searchText(text, q2.value);
  return { firstMs, firstHits: first.length, allMs: measure('bench:search-open-all', start), hits: all.hits.length };
}

/* ---------- import and re-anchoring ---------- */

let exportedJson: string | null = null;

/** The W3C file of the 20,000 seeded annotations (made once, not timed). */
function annotationFile(): string {
  const c = corpus();
  exportedJson ??= serialiseCollection({
    label: 'bench',
    collectionId: '00000000-0000-4000-8000-000000000003',
    pageId: '00000000-0000-4000-8000-000000000004',
    now: '2024-06-07T12:00:00.000Z',
    generator: { name: 'bench', version: '0' },
    documents: [c.big],
    annotations: c.annotations as Annotation[],
    categories: [...DEFAULT_CATEGORIES],
  });
  return exportedJson;
}

/**
 * Imports the file into a scratch database holding one document (the identical text, or the
 * text with 50 small edits), as the app's import does: read and validate, place every
 * annotation with the re-anchorer, then write them all in one transaction (all or nothing).
 */
async function importAndAnchor(kind: 'identical' | 'edited'): Promise<{ ms: number; counts: Record<string, number>; written: number }> {
  const c = corpus();
  const json = annotationFile();
  const text = kind === 'identical' ? c.big.text : c.editedText;
  const doc: DocumentRecord = { ...c.big, id: `bench-import-${kind}`, text, hash: kind === 'identical' ? c.big.hash : contentHash(text) };
  const db = new WorkbenchDatabase('bench-import');
  await db.open();
  const r = new Repository(db);
  await r.replaceAll({ documents: [doc], annotations: [], categories: [...DEFAULT_CATEGORIES], coders: [BENCH_CODER], adjudications: [] });
  const start = performance.now();
  // The app reads and places in Web Workers that its build bundles; this script is not part of
  // that build (`new URL(…, import.meta.url)` has no meaning in it), so the same tasks run behind
  // the same protocol on the page's thread: the figure is the work, without the copy to a worker.
  const parsed = await readAnnotationFileOffThread(json, 'bench.jsonld', inProcessWorker(parseTask).create);
  if (!parsed.ok) throw new Error(parsed.error);
  const categories = await r.categories();
  const plan = await planImport(readerOf(r), categories, parsed.value, 'bench.jsonld', doc, [], true, { createWorker: inProcessWorker(placeTask).create });
  const edit = importEdit(plan, categories, new Set());
  if (!edit.ok) throw new Error(edit.error);
  // What the workspace's history writes for a confirmed import.
  await r.applyEdit(edit.value);
  const ms = measure(`bench:import:${kind}`, start);
  db.close();
  return { ms, counts: plan.counts, written: plan.toWrite.length };
}

/**
 * The same 20,000 quote selectors placed by this project's `Anchorer` and by
 * `dom-anchor-text-quote` (on a DOM text node holding the text, with the recorded position as
 * its hint). The package is given at most `budgetMs`; if it does not finish, its total is
 * extrapolated from the selectors it did place and marked so.
 */
function compareAnchoring(kind: 'identical' | 'edited', budgetMs = 20_000): {
  anchorerMs: number;
  anchorerPlaced: number;
  packageMs: number;
  packageDone: number;
  packagePlaced: number;
  packageExtrapolated: boolean;
  total: number;
} {
  const c = corpus();
  const text = kind === 'identical' ? c.big.text : c.editedText;
  const hints: AnchorHint[] = c.annotations.map((a) => ({ exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: a.start, end: a.end }));
  let start = performance.now();
  const { counts } = new Anchorer(text).anchorAll(hints);
  const anchorerMs = measure(`bench:anchorer:${kind}`, start);

  const root = document.createTextNode(text);
  start = performance.now();
  let done = 0;
  let placed = 0;
  for (const h of hints) {
    // The package's matcher (diff-match-patch bitap) takes patterns of at most 32 UTF-16
    // units; our contexts are 32 code points, so emoji can make them longer: cut to 32 units.
    const selector = { exact: h.exact, prefix: h.prefix.slice(-32), suffix: h.suffix.slice(0, 32) };
    let position: { start: number; end: number } | null;
    try {
      position = textQuote.toTextPosition(root, selector, { hint: h.start });
    } catch {
      position = null; // e.g. "Pattern too long": counted as not placed
    }
    done++;
    if (position) placed++;
    if (performance.now() - start > budgetMs) break;
  }
  const spent = measure(`bench:dom-anchor-text-quote:${kind}`, start);
  const extrapolated = done < hints.length;
  return {
    anchorerMs,
    anchorerPlaced: counts.exact + counts.moved + counts.fuzzy,
    packageMs: extrapolated ? (spent / done) * hints.length : spent,
    packageDone: done,
    packagePlaced: placed,
    packageExtrapolated: extrapolated,
    total: hints.length,
  };
}

const coders = codersBench({ repo, until, nextPaint, measure, docButton, openTitle });
/** Seeds the corpus and the five coders' document. */
async function seedAll(): Promise<Awaited<ReturnType<typeof seed>> & { coderAnnotations: number }> {
  const seeded = await seed();
  const { annotations } = await coders.seedCoders(corpus().big);
  return { ...seeded, coderAnnotations: annotations };
}

const bench = { seed: seedAll, ...coders, openSmall, openBig, readerStats, selectSpan, armTag, awaitTag, scrollThrough, speakerFilter, exportW3c, exportCsv, searchImport, searchQueries, searchWord, sortAll, searchRegex, searchOpen, importAndAnchor, compareAnchoring };

declare global {
  interface Window {
    __bench: typeof bench;
  }
}
window.__bench = bench;
