/**
 * `npm run bench` (issue 7): builds the browser twin and an in-page bench script, serves the
 * twin, seeds its IndexedDB with a deterministic synthetic corpus, drives headless Chromium
 * through Playwright and prints each figure (median of several runs, p95 where asked) beside
 * its target. Results go to bench/results.json. Not a test: nothing fails on a timing.
 *
 * Options: --runs N (default 3), --tags N (key presses for the tagging figure, default 20),
 * --trace (record Chromium traces of opening, tagging and scrolling into the temp folder),
 * --profile (record a JavaScript CPU profile of the first run of each figure (the third tag) into
 * bench/profiles/, readable in Chromium's DevTools or with `node bench/profile-top.mjs FILE`),
 * --only open,tag,scroll,transcript,export,import,search,compare,coders,sync (run only these figure groups; the others
 * are printed as "not run").
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { syncFigures } from './sync-figures.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(argv[i + 1]);
};
const RUNS = option('runs', 3);
const TAGS = option('tags', 20);
const TRACE = argv.includes('--trace');
const PROFILE = argv.includes('--profile');
const GROUPS = ['open', 'tag', 'scroll', 'transcript', 'export', 'import', 'search', 'compare', 'coders', 'sync'];
const onlyAt = argv.indexOf('--only');
const ONLY = onlyAt === -1 ? GROUPS : argv[onlyAt + 1].split(',');
for (const g of ONLY) if (!GROUPS.includes(g)) throw new Error(`--only: unknown group "${g}" (known: ${GROUPS.join(', ')})`);
const runs = (group) => ONLY.includes(group);
const PORT = Number(process.env.BENCH_PORT ?? 4299);

/** Same choice as playwright.config.ts and e2e/browser.ts: Playwright's Chromium, else a system one. */
function chromiumExecutable() {
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined;
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  if (!system) throw new Error('No Chromium found: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  return system;
}

function chromiumArgs() {
  const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const t0 = Date.now();
const log = (...a) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0)}s]`, ...a);

async function waitForServer(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

async function main() {
  const started = Date.now();
  const tmp = mkdtempSync(join(os.tmpdir(), 'workbench-bench-'));
  const webOut = join(tmp, 'web');
  const env = { ...process.env, WORKBENCH_WEB_OUT: webOut };
  const vite = join(root, 'node_modules', '.bin', 'vite');

  log('building the browser twin into', webOut);
  env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  // Profiles read better with the functions' own names: no minifying then.
  const buildArgs = ['build', '--config', 'vite.web.config.mts', '--logLevel', 'warn', ...(PROFILE ? ['--minify', 'false'] : [])];
  const built = spawnSync(vite, buildArgs, { cwd: root, env, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('vite build failed');
  const pageScript = join(tmp, 'bench-page.js');
  await build({
    entryPoints: [join(root, 'bench', 'page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    outfile: pageScript,
    logLevel: 'warning',
  });

  log(`serving it on port ${PORT}`);
  const server = spawn(vite, ['preview', '--config', 'vite.web.config.mts', '--port', String(PORT), '--strictPort'], {
    cwd: root,
    env,
    stdio: 'ignore',
    detached: true, // its own process group, so that it and its children are stopped together
  });
  const stopServer = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stopServer);
  const url = `http://127.0.0.1:${PORT}/`;
  let browser;
  let context;
  try {
    await waitForServer(url);
    // A persistent profile in the temp folder, so IndexedDB lives on disk as in the desktop app
    // (a fresh incognito context keeps IndexedDB in memory, with different costs).
    context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: chromiumExecutable(),
      args: chromiumArgs(),
      headless: true,
      bypassCSP: true,
      viewport: { width: 1280, height: 800 },
    });
    browser = context.browser();
    const browserVersion = browser.version();
    log('Chromium', browserVersion, `· ${os.cpus().length} CPUs`);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => log('page error:', e.message));
    page.on('dialog', (d) => void d.dismiss());

    const inject = () => page.addScriptTag({ path: pageScript });
    await page.goto(url);
    await page.waitForSelector('.app');
    await inject();
    log('generating and seeding the corpus…');
    const seeded = await page.evaluate(() => window.__bench.seed());
    log(`seeded ${seeded.documents} documents, ${seeded.annotations} annotations; big text ${seeded.bigBytes} bytes UTF-8 (${seeded.bigChars} UTF-16 units)`);
    await page.reload();
    await page.waitForSelector('.reading-head h1:text("Library 01")');
    await inject();

    const results = { figures: {}, details: {} };
    const traces = [];
    const cdp = await context.newCDPSession(page);
    const profileDir = join(root, 'bench', 'profiles');
    /** Runs `fn`, recording a Chromium trace and/or a CPU profile of it when asked. */
    const trace = async (name, fn) => {
      if (PROFILE) {
        mkdirSync(profileDir, { recursive: true });
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      if (TRACE) await browser.startTracing(page, { path: join(tmp, `trace-${name}.json`), screenshots: false });
      try {
        return await fn();
      } finally {
        if (TRACE) {
          await browser.stopTracing();
          traces.push(join(tmp, `trace-${name}.json`));
        }
        if (PROFILE) {
          const { profile } = await cdp.send('Profiler.stop');
          const path = join(profileDir, `${name}.cpuprofile`);
          writeFileSync(path, JSON.stringify(profile));
          traces.push(path);
        }
      }
    };
    /** `count` runs of a page call; the first one traced/profiled as `name`. */
    const repeat = async (count, name, call, arg) => {
      const out = [];
      for (let i = 0; i < count; i++) {
        const run = () => page.evaluate(call, arg);
        out.push(await (i === 0 ? trace(name, run) : run()));
      }
      return out;
    };

    const opens = [];
    if (runs('open') || runs('tag') || runs('scroll') || runs('transcript')) {
      log(`opening the big document ${RUNS}×…`);
      for (let i = 0; i < RUNS; i++) {
        await page.evaluate(() => window.__bench.openSmall());
        opens.push(await trace(`open-${i}`, () => page.evaluate(() => window.__bench.openBig())));
      }
      results.details.open = opens;
      results.details.reader = await page.evaluate(() => window.__bench.readerStats());
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      results.details.heap = await cdp.send('Runtime.getHeapUsage');
    }

    let w3c = [];
    let csv = [];
    let w3cDb = [];
    let csvDb = [];
    if (runs('export')) {
      log('exports…');
      // The open document exports from its session in memory (as the app does); a document that
      // is not open is read from IndexedDB first: both are measured.
      w3c = await repeat(RUNS, 'export-w3c', (s) => window.__bench.exportW3c(s), 'memory');
      csv = await repeat(RUNS, 'export-csv', (s) => window.__bench.exportCsv(s), 'memory');
      w3cDb = await repeat(RUNS, 'export-w3c-db', (s) => window.__bench.exportW3c(s), 'database');
      csvDb = await repeat(RUNS, 'export-csv-db', (s) => window.__bench.exportCsv(s), 'database');
      Object.assign(results.details, { exportW3c: w3c, exportCsv: csv, exportW3cFromDatabase: w3cDb, exportCsvFromDatabase: csvDb });
    }
    let searchRun = null;
    if (runs('search')) {
      log('search: generating and importing 500 transcripts of 100 KB, building the index…');
      const imported = await trace('search-import', () => page.evaluate(() => window.__bench.searchImport()));
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const queries = await page.evaluate(() => window.__bench.searchQueries());
      log(`search: ${queries.length} words and phrases ${RUNS}×, a regular expression, the open document…`);
      await page.evaluate((q) => window.__bench.searchWord(q), 'warm-up');
      const words = [];
      for (const q of queries) {
        const tries = [];
        for (let i = 0; i < RUNS; i++) tries.push(await page.evaluate((x) => window.__bench.searchWord(x), q));
        words.push({ query: q, ms: median(tries.map((t) => t.ms)), hits: tries[0].hits, documents: tries[0].documents, usedIndex: tries[0].usedIndex });
      }
      const regex = await repeat(RUNS, 'search-regex', (p) => window.__bench.searchRegex(p), '\\bharbou?rs?\\b');
      const sorted = await page.evaluate((q) => window.__bench.sortAll(q), 'harbour');
      const open = await repeat(RUNS, 'search-open', (q) => window.__bench.searchOpen(q), 'harbour');
      searchRun = { imported, heap, words, regex, sorted, open };
      results.details.search = searchRun;
    }

    const imports = { identical: [], edited: [] };
    if (runs('import')) {
      log('import and re-anchor…');
      imports.identical = await repeat(RUNS, 'import-identical', (k) => window.__bench.importAndAnchor(k), 'identical');
      imports.edited = await repeat(RUNS, 'import-edited', (k) => window.__bench.importAndAnchor(k), 'edited');
      results.details.import = imports;
    }
    let comparison = null;
    if (runs('compare')) {
      log('re-anchoring side by side with dom-anchor-text-quote…');
      comparison = {
        identical: await page.evaluate(() => window.__bench.compareAnchoring('identical')),
        edited: await page.evaluate(() => window.__bench.compareAnchoring('edited')),
      };
      results.details.comparison = comparison;
    }

    const tags = [];
    if (runs('tag')) {
      log(`tagging ${TAGS} spans…`);
      for (let i = 0; i < TAGS; i++) {
        await page.evaluate(([k, n]) => window.__bench.selectSpan(k, n), [i, TAGS]);
        await page.evaluate(() => window.__bench.armTag());
        const run = () => page.keyboard.press('1').then(() => page.evaluate(() => window.__bench.awaitTag()));
        // The third tag is traced: the first ones also pay for compiling the tagging path.
        tags.push(await (i === Math.min(2, TAGS - 1) ? trace('tag', run) : run()));
      }
      results.details.tags = tags;
    }

    let filters = [];
    if (runs('transcript')) {
      log(`speaker filter ${RUNS}×…`);
      filters = await repeat(RUNS, 'speaker-filter', () => window.__bench.speakerFilter());
      results.details.speakerFilter = filters;
    }

    // Several coders (issue 13): the five coders' document, opened with every layer shown, its
    // comparison list and agreement in the app's worker (each run on a freshly opened session, so
    // nothing is cached), then tags among 100,000 annotations.
    const coders = { opens: [], compares: [], chars: [], turns: [], tags: [], scrolls: [] };
    if (runs('coders')) {
      log(`five coders: open, compare and agreement ${RUNS}×…`);
      for (let i = 0; i < RUNS; i++) {
        await page.evaluate(() => window.__bench.openSmall());
        coders.opens.push(await trace(`coders-open-${i}`, () => page.evaluate(() => window.__bench.openCoders())));
        coders.compares.push(await trace(`coders-compare-${i}`, () => page.evaluate(() => window.__bench.compareList())));
        coders.chars.push(await page.evaluate(() => window.__bench.agreementInApp('char')));
        coders.turns.push(await page.evaluate(() => window.__bench.agreementInApp('turn')));
      }
      log(`five coders: tagging ${TAGS} spans…`);
      for (let i = 0; i < TAGS; i++) {
        await page.evaluate(([k, n]) => window.__bench.selectSpan(k, n), [i, TAGS]);
        await page.evaluate(() => window.__bench.armTag());
        const run = () => page.keyboard.press('1').then(() => page.evaluate(() => window.__bench.awaitTag()));
        coders.tags.push(await (i === Math.min(2, TAGS - 1) ? trace('coders-tag', run) : run()));
      }
      log(`five coders: scrolling top to bottom ${RUNS}×…`);
      coders.scrolls = await repeat(RUNS, 'coders-scroll', () => window.__bench.scrollThrough());
      results.details.coders = coders;
      // The figures below are of the single-coder document: open it again.
      await page.evaluate(() => window.__bench.openSmall());
      await page.evaluate(() => window.__bench.openBig());
    }

    let scrolls = [];
    if (runs('scroll')) {
      log(`scrolling top to bottom ${RUNS}×…`);
      scrolls = await repeat(RUNS, 'scroll', () => window.__bench.scrollThrough());
      results.details.scroll = scrolls;
    }

    let sync = null;
    if (runs('sync')) {
      await page.evaluate(() => window.__bench.openSmall());
      await page.evaluate(() => window.__bench.openBig());
      let second = null;
      try {
        sync = await syncFigures({
          page,
          root,
          tmp,
          log,
          bigTitle: 'Bench transcript (2 MB)',
          profileDir: PROFILE ? join(root, 'bench', 'profiles') : null,
          newPage: async () => {
            second = await chromium.launchPersistentContext(join(tmp, 'profile-b'), { executablePath: chromiumExecutable(), args: chromiumArgs(), headless: true, viewport: { width: 1280, height: 800 } });
            const other = second.pages()[0] ?? (await second.newPage());
            await other.goto(url);
            return other;
          },
          selectAndTag: async (i) => {
            await page.evaluate(([k, n]) => window.__bench.selectSpan(k, n), [i, 5]);
            await page.keyboard.press('1');
          },
        });
      } finally {
        await second?.close();
      }
      results.details.sync = sync;
    }

    const ms = (x) => Math.round(x * 10) / 10;
    const fig = (key, label, value, unit, target, note = '') => {
      results.figures[key] = value === null
        ? { label, value: null, unit, target, met: null, note: 'not run (--only)' }
        : { label, value: ms(value), unit, target, met: value < target, note };
    };
    const when = (xs, f) => (xs.length ? f(xs) : null);
    fig('open', 'open the 2 MB document with 20,000 annotations (click → highlighted text painted), median', when(opens, (o) => median(o.map((x) => x.ms))), 'ms', 1000, opens.length ? `first highlight in the DOM after ${ms(median(opens.map((o) => o.toDom)))} ms` : '');
    fig('tagP95', 'tag a span: key press → highlight drawn (DOM + style/layout), p95', when(tags, (t) => percentile(t.map((x) => x.keyToDrawn), 95)), 'ms', 16, tags.length ? `median ${ms(median(tags.map((t) => t.keyToDrawn)))} ms over ${tags.length} tags` : '');
    fig('commit', 'tag committed to IndexedDB (key press → transaction complete), median', when(tags, (t) => median(t.map((x) => x.keyToCommitted))), 'ms', 50, tags.length ? `p95 ${ms(percentile(tags.map((t) => t.keyToCommitted), 95))} ms` : '');
    fig('scroll', 'scroll the reader top to bottom: longest task (long tasks ≥ 50 ms observed), median of runs', when(scrolls, (s) => median(s.map((x) => x.longestTask))), 'ms', 50, scrolls.length ? `max frame gap ${ms(median(scrolls.map((s) => s.maxFrameGap)))} ms (median); 0 = no long task` : '');
    fig('speakerFilter', 'speaker filter in the reader: choose a speaker → every other turn dimmed and painted, median', when(filters, (f) => median(f.map((x) => x.ms))), 'ms', 100, filters.length ? `${filters[0].dimmed} paragraphs dimmed, ${filters[0].speakers} speakers` : '');
    const fromDb = (xs) => (xs.length ? `not open (read from IndexedDB first): ${ms(median(xs.map((y) => y.ms)))} ms` : '');
    fig('exportW3c', 'export 20,000 annotations of the open document to W3C JSON (build + serialise), median', when(w3c, (x) => median(x.map((y) => y.ms))), 'ms', 500, fromDb(w3cDb));
    fig('exportCsv', 'export 20,000 annotations of the open document to CSV dataset (tables + format), median', when(csv, (x) => median(x.map((y) => y.ms))), 'ms', 300, fromDb(csvDb));
    const countsOf = (r) => (r ? Object.entries(r.counts).map(([k, v]) => `${k} ${v}`).join(', ') : '');
    fig('importIdentical', 'import + re-anchor 20,000 on the identical text (parse, place, one transaction), median', when(imports.identical, (x) => median(x.map((y) => y.ms))), 'ms', 3000, countsOf(imports.identical[0]));
    fig('importEdited', 'import + re-anchor 20,000 on the text with 50 small edits, median', when(imports.edited, (x) => median(x.map((y) => y.ms))), 'ms', 5000, countsOf(imports.edited[0]));
    const sr = searchRun;
    const wordMs = sr ? sr.words.map((w) => w.ms) : [];
    const hitRange = sr ? `${Math.min(...sr.words.map((w) => w.hits))}–${Math.max(...sr.words.map((w) => w.hits))} hits` : '';
    fig('searchWord', 'library of 500 × 100 KB: a word or two-word phrase, all hits counted + first 500 KWIC lines, p95 over 20', sr ? percentile(wordMs, 95) : null, 'ms', 150, sr ? `median ${ms(median(wordMs))} ms; ${hitRange}; sorting all ${sr.sorted.rows} rows of “harbour” by left context ${ms(sr.sorted.ms)} ms` : '');
    fig('searchRegex', 'library of 500 × 100 KB: regular expression (scan, one step per document), median', sr ? median(sr.regex.map((x) => x.ms)) : null, 'ms', 2000, sr ? `${sr.regex[0].hits} hits, ${sr.regex[0].steps} progress steps` : '');
    fig('searchIndexShare', 'indexing time as a share of import time (500 × 100 KB)', sr ? (sr.imported.indexMs / sr.imported.importMs) * 100 : null, '%', 30, sr ? `import ${ms(sr.imported.importMs)} ms, index ${ms(sr.imported.indexMs)} ms (${sr.imported.tokens} tokens, ${sr.imported.terms} terms), turn detection ${ms(sr.imported.structureMs)} ms; serialise ${ms(sr.imported.serialiseMs)} ms, restore ${ms(sr.imported.restoreMs)} ms` : '');
    // The index is typed arrays: their backing stores are outside `usedSize` and counted beside it.
    // Texts decoded by the browser (TextDecoder) may be held as strings outside the V8 heap: the
    // note gives their size as UTF-16, an upper bound of what that adds.
    fig('searchHeap', 'renderer JS heap + array buffers with the 50 MB library and its index loaded (after GC)', sr ? (sr.heap.usedSize + (sr.heap.backingStorageSize ?? 0)) / 1024 / 1024 : null, 'MB', 400, sr ? `JS heap ${ms(sr.heap.usedSize / 2 ** 20)} MB, array buffers ${ms((sr.heap.backingStorageSize ?? 0) / 2 ** 20)} MB; texts ${ms(sr.imported.textUnits * 2 / 2 ** 20)} MB as UTF-16` : '');
    fig('searchOpenFirst', 'search in the open 2 MB document: first hits, median', sr ? median(sr.open.map((x) => x.firstMs)) : null, 'ms', 50, sr ? `${sr.open[0].firstHits} hits in the first chunk` : '');
    fig('searchOpenAll', 'search in the open 2 MB document: all hits counted, median', sr ? median(sr.open.map((x) => x.allMs)) : null, 'ms', 200, sr ? `“harbour”: ${sr.open[0].hits} hits` : '');
    fig('heap', 'renderer JS heap with the large document open (after GC)', results.details.heap ? results.details.heap.usedSize / 1024 / 1024 : null, 'MB', 400);

    fig('syncInitial', 'team sync: a second coder\'s initial sync of 20,000 annotations on the 2 MB transcript (Start syncing → all in the library), pouchdb-server on loopback', sync ? sync.pullMs : null, 'ms', 10_000, sync ? `the first coder's initial push of ${sync.count} annotations (Start syncing → all on the server): ${ms(sync.pushMs)} ms` : '');
    fig('syncChange', 'team sync: one tag by one coder → in the other coder\'s library, on loopback, median of 5', sync ? median(sync.changes) : null, 'ms', 2_000, sync ? `max ${ms(Math.max(...sync.changes))} ms` : '');
    const sum = (a, b) => a.map((x, i) => x + b[i]);
    fig('codersOpen', 'five coders × 20,000 annotations on the 2 MB transcript: open with all layers shown (click → bands painted), median', when(coders.opens, (o) => median(o.map((x) => x.ms))), 'ms', 1000, coders.opens.length ? `${coders.opens[0].layers}; ${coders.opens[0].layered} layered highlight elements drawn` : '');
    fig('codersTagP95', 'five coders: tag a span among 100,000 annotations, key press → highlight drawn, p95', when(coders.tags, (t) => percentile(t.map((x) => x.keyToDrawn), 95)), 'ms', 16, coders.tags.length ? `median ${ms(median(coders.tags.map((t) => t.keyToDrawn)))} ms; commit median ${ms(median(coders.tags.map((t) => t.keyToCommitted)))} ms` : '');
    fig('codersScroll', 'five coders: scroll the reader top to bottom, longest task (≥ 50 ms observed), median of runs', when(coders.scrolls, (x) => median(x.map((y) => y.longestTask))), 'ms', 50, coders.scrolls.length ? `max frame gap ${ms(median(coders.scrolls.map((y) => y.maxFrameGap)))} ms (median)` : '');
    fig('compareList', 'five coders: the comparison list (click → places listed; worker included), median', when(coders.compares, (c) => median(c.map((x) => x.ms))), 'ms', 500, coders.compares.length ? coders.compares[0].status : '');
    fig('agreementWorker', "five coders: unitizing alpha per category + alpha on turns in the app's worker (Compute → figures drawn, both), median", when(coders.chars, (c) => median(sum(c.map((x) => x.ms), coders.turns.map((x) => x.ms)))), 'ms', 1000, coders.chars.length ? `characters ${ms(median(coders.chars.map((x) => x.ms)))} ms, turns ${ms(median(coders.turns.map((x) => x.ms)))} ms (with the 1,000-resample interval ${ms(median(coders.turns.map((x) => x.intervalMs)))} ms); longest task on the page meanwhile ${ms(Math.max(...coders.chars.map((x) => x.longestTask), ...coders.turns.map((x) => x.longestTask)))} ms` : '');

    const rows = Object.values(results.figures).map((f) => [f.label, f.value === null ? '—' : `${f.value} ${f.unit}`, `< ${f.target} ${f.unit}`, f.met === null ? '—' : f.met ? 'yes' : 'NO', f.note]);
    console.log('\n| figure | measured | target | met? | note |\n|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log('\nRe-anchoring the same 20,000 quote selectors (no target):');
    console.log('| text | Anchorer | dom-anchor-text-quote | ratio |\n|---|---|---|---|');
    for (const [kind, c] of Object.entries(comparison ?? {})) {
      const extra = c.packageExtrapolated ? ` (extrapolated from ${c.packageDone} in the time budget)` : '';
      console.log(`| ${kind} | ${ms(c.anchorerMs)} ms, ${c.anchorerPlaced} placed | ${ms(c.packageMs)} ms${extra}, ${c.packagePlaced}/${c.packageDone} placed | ${ms(c.packageMs / c.anchorerMs)}× |`);
    }
    const r = results.details.reader;
    if (r) console.log(`\nReader: ${r.paragraphs} paragraphs, ${r.highlightElements} highlight elements, ${r.domNodes} DOM elements, ${r.scrollHeight} px tall.`);

    const out = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', totalMemoryMB: Math.round(os.totalmem() / 2 ** 20), platform: `${os.platform()} ${os.release()}` },
      browser: { name: 'chromium', version: browserVersion, headless: true },
      runs: RUNS,
      corpus: seeded,
      figures: results.figures,
      comparison,
      details: results.details,
      traces,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(out, null, 2) + '\n');
    log(`wrote bench/results.json in ${out.seconds} s${traces.length ? `; traces: ${traces.join(', ')}` : ''}`);
  } catch (error) {
    // What the page showed when a figure failed, to see why.
    const shot = join(os.tmpdir(), 'workbench-bench-failure.png');
    await context?.pages()[0]?.screenshot({ path: shot }).catch(() => undefined);
    const state = await context?.pages()[0]?.evaluate(() => ({ selection: String(window.getSelection()), info: document.querySelector('.selection-info')?.textContent, active: document.activeElement?.className })).catch(() => null);
    log('the page then:', JSON.stringify(state));
    log(`the page at the failure: ${shot}`);
    throw error;
  } finally {
    await context?.close();
    stopServer();
    if (!TRACE) rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
});
