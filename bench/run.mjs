/**
 * `npm run bench` (issue 7): builds the browser twin and an in-page bench script, serves the
 * twin, seeds its IndexedDB with a deterministic synthetic corpus, drives headless Chromium
 * through Playwright and prints each figure (median of several runs, p95 where asked) beside
 * its target. Results go to bench/results.json. Not a test: nothing fails on a timing.
 *
 * Options: --runs N (default 3), --tags N (key presses for the tagging figure, default 20),
 * --trace (record Chromium traces of opening, tagging and scrolling into the temp folder).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(argv[i + 1]);
};
const RUNS = option('runs', 3);
const TAGS = option('tags', 20);
const TRACE = argv.includes('--trace');
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
  const built = spawnSync(vite, ['build', '--config', 'vite.web.config.mts', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' });
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
  try {
    await waitForServer(url);
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs(), headless: true });
    const browserVersion = browser.version();
    log('Chromium', browserVersion, `· ${os.cpus().length} CPUs`);
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
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
    const trace = async (name, fn) => {
      if (!TRACE) return fn();
      const path = join(tmp, `trace-${name}.json`);
      await browser.startTracing(page, { path, screenshots: false });
      try {
        return await fn();
      } finally {
        await browser.stopTracing();
        traces.push(path);
      }
    };

    log(`opening the big document ${RUNS}×…`);
    const opens = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(() => window.__bench.openSmall());
      opens.push(await trace(`open-${i}`, () => page.evaluate(() => window.__bench.openBig())));
    }
    results.details.open = opens;
    results.details.reader = await page.evaluate(() => window.__bench.readerStats());

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    results.details.heap = heap;

    log('exports, search…');
    const w3c = [];
    const csv = [];
    for (let i = 0; i < RUNS; i++) {
      w3c.push(await (i === 0 ? trace('export-w3c', () => page.evaluate(() => window.__bench.exportW3c())) : page.evaluate(() => window.__bench.exportW3c())));
      csv.push(await page.evaluate(() => window.__bench.exportCsv()));
    }
    const searches = [];
    const searchesCyrillic = [];
    for (let i = 0; i < RUNS; i++) {
      searches.push(await page.evaluate(() => window.__bench.search('harbour')));
      searchesCyrillic.push(await page.evaluate(() => window.__bench.search('совет')));
    }
    Object.assign(results.details, { exportW3c: w3c, exportCsv: csv, search: searches, searchCyrillic: searchesCyrillic });

    log('import and re-anchor…');
    const imports = { identical: [], edited: [] };
    for (let i = 0; i < RUNS; i++) {
      imports.identical.push(await page.evaluate(() => window.__bench.importAndAnchor('identical')));
      imports.edited.push(await page.evaluate(() => window.__bench.importAndAnchor('edited')));
    }
    results.details.import = imports;
    log('re-anchoring side by side with dom-anchor-text-quote…');
    const comparison = {
      identical: await page.evaluate(() => window.__bench.compareAnchoring('identical')),
      edited: await page.evaluate(() => window.__bench.compareAnchoring('edited')),
    };
    results.details.comparison = comparison;

    log(`tagging ${TAGS} spans…`);
    const tags = [];
    for (let i = 0; i < TAGS; i++) {
      await page.evaluate(([k, n]) => window.__bench.selectSpan(k, n), [i, TAGS]);
      await page.evaluate(() => window.__bench.armTag());
      const run = () => page.keyboard.press('1').then(() => page.evaluate(() => window.__bench.awaitTag()));
      tags.push(await (i === 0 ? trace('tag', run) : run()));
    }
    results.details.tags = tags;

    log(`scrolling top to bottom ${RUNS}×…`);
    const scrolls = [];
    for (let i = 0; i < RUNS; i++) scrolls.push(await (i === 0 ? trace('scroll', () => page.evaluate(() => window.__bench.scrollThrough())) : page.evaluate(() => window.__bench.scrollThrough())));
    results.details.scroll = scrolls;

    const ms = (x) => Math.round(x * 10) / 10;
    const fig = (key, label, value, unit, target, note = '') => {
      results.figures[key] = { label, value: ms(value), unit, target, met: value < target, note };
    };
    fig('open', 'open the 2 MB document with 20,000 annotations (click → highlighted text painted), median', median(opens.map((o) => o.ms)), 'ms', 1000);
    fig('tagP95', 'tag a span: key press → highlight drawn (DOM + style/layout), p95', percentile(tags.map((t) => t.keyToDrawn), 95), 'ms', 16, `median ${ms(median(tags.map((t) => t.keyToDrawn)))} ms over ${tags.length} tags`);
    fig('commit', 'tag committed to IndexedDB (key press → transaction complete), median', median(tags.map((t) => t.keyToCommitted)), 'ms', 50, `p95 ${ms(percentile(tags.map((t) => t.keyToCommitted), 95))} ms`);
    fig('scroll', 'scroll the reader top to bottom: longest task (long tasks ≥ 50 ms observed), median of runs', median(scrolls.map((s) => s.longestTask)), 'ms', 50, `max frame gap ${ms(median(scrolls.map((s) => s.maxFrameGap)))} ms (median); 0 = no long task`);
    fig('exportW3c', 'export 20,000 annotations to W3C JSON (read + build + serialise), median', median(w3c.map((x) => x.ms)), 'ms', 500);
    fig('exportCsv', 'export 20,000 annotations to CSV dataset (read + tables + format), median', median(csv.map((x) => x.ms)), 'ms', 300);
    const countsOf = (r) => Object.entries(r.counts).map(([k, v]) => `${k} ${v}`).join(', ');
    fig('importIdentical', 'import + re-anchor 20,000 on the identical text (parse, place, one transaction), median', median(imports.identical.map((x) => x.ms)), 'ms', 3000, countsOf(imports.identical[0]));
    fig('importEdited', 'import + re-anchor 20,000 on the text with 50 small edits, median', median(imports.edited.map((x) => x.ms)), 'ms', 5000, countsOf(imports.edited[0]));
    fig('search', 'search a word across the 50-document library (IndexedDB read + whole-word regex), median', median(searches.map((x) => x.ms)), 'ms', 200, `“harbour”: ${searches[0].hits} hits in ${searches[0].docsWithHits} docs; “совет” ${ms(median(searchesCyrillic.map((x) => x.ms)))} ms`);
    fig('heap', 'renderer JS heap with the large document open (after GC)', heap.usedSize / 1024 / 1024, 'MB', 400);

    const rows = Object.values(results.figures).map((f) => [f.label, `${f.value} ${f.unit}`, `< ${f.target} ${f.unit}`, f.met ? 'yes' : 'NO', f.note]);
    console.log('\n| figure | measured | target | met? | note |\n|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log('\nRe-anchoring the same 20,000 quote selectors (no target):');
    console.log('| text | Anchorer | dom-anchor-text-quote | ratio |\n|---|---|---|---|');
    for (const [kind, c] of Object.entries(comparison)) {
      const extra = c.packageExtrapolated ? ` (extrapolated from ${c.packageDone} in the time budget)` : '';
      console.log(`| ${kind} | ${ms(c.anchorerMs)} ms, ${c.anchorerPlaced} placed | ${ms(c.packageMs)} ms${extra}, ${c.packagePlaced}/${c.packageDone} placed | ${ms(c.packageMs / c.anchorerMs)}× |`);
    }
    const r = results.details.reader;
    console.log(`\nReader: ${r.paragraphs} paragraphs, ${r.highlightElements} highlight elements, ${r.domNodes} DOM elements, ${r.scrollHeight} px tall.`);

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
    await context.close();
  } finally {
    await browser?.close();
    stopServer();
    if (!TRACE) rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
});
