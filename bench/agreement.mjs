/**
 * Node-side benchmark of the agreement statistics (issue 13): five coders' layers of 20,000
 * annotations each on the 2 MiB bench transcript, in a worker thread (as the app will run
 * them), timing `agreementReport` from src/shared/agreement. Not part of `npm test`.
 *
 * Usage: node bench/agreement.mjs [--runs N]     (npm run bench:agreement)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { build } from 'esbuild';
import { prng, spans, transcript } from './corpus.mjs';

const CATEGORIES = ['claim', 'accusation', 'proposal', 'demand'];
const CODERS = 5;
const PER_CODER = 20_000;

/** Five coders who mostly agree: a shared base of spans, each coder moving boundaries, changing categories, dropping and adding some. */
function layers(text) {
  const rand = prng(13);
  const base = spans(rand, text, PER_CODER).map((s) => ({ ...s, categoryId: CATEGORIES[Math.floor(rand() * 4)] }));
  const snap = (i) => (i > 0 && i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff ? i - 1 : i);
  return Array.from({ length: CODERS }, (_, c) => {
    const own = prng(100 + c);
    const extra = spans(own, text, PER_CODER / 10);
    const annotations = [];
    for (const s of base) {
      if (own() < 0.1) continue;
      const start = snap(Math.max(0, s.start + Math.floor(own() * 7) - 3));
      const end = snap(Math.min(text.length, s.end + Math.floor(own() * 7) - 3));
      if (end <= start) continue;
      annotations.push({ categoryId: own() < 0.8 ? s.categoryId : CATEGORIES[Math.floor(own() * 4)], start, end });
    }
    for (const s of extra) annotations.push({ categoryId: CATEGORIES[Math.floor(own() * 4)], ...s });
    return { coder: `coder ${c + 1}`, annotations: annotations.slice(0, PER_CODER) };
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function inWorker({ bundle, runs }) {
  const { agreementReport, turnUnits } = await import(bundle);
  const text = transcript(prng(20240607), 2 * 1024 * 1024);
  const coderLayers = layers(text);
  const categories = CATEGORIES.map((id, order) => ({ id, label: id, order }));
  const turns = turnUnits(text);
  const cases = {
    spans: { units: null },
    turns: { units: { kind: 'turn', ranges: turns }, spans: false, bootstrap: null },
    both: { units: { kind: 'turn', ranges: turns }, bootstrap: null },
    bootstrap: { units: { kind: 'turn', ranges: turns }, spans: false },
  };
  const times = {};
  let last = null;
  for (const [name, options] of Object.entries(cases)) {
    times[name] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const result = agreementReport({ text, layers: coderLayers, categories, ...options });
      times[name].push(performance.now() - t0);
      if (!result.ok) throw new Error(result.error);
      if (name === 'both') last = result.value;
    }
  }
  parentPort.postMessage({
    times,
    annotations: coderLayers.reduce((n, l) => n + l.annotations.length, 0),
    turns: turns.length,
    codePoints: last.basis.text.codePoints,
    alphaU: last.spans.overall.value,
    alpha: last.units.alpha.value,
  });
}

async function main() {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 5;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const tmp = mkdtempSync(join(tmpdir(), 'bench-agreement-'));
  try {
    const bundle = join(tmp, 'agreement.mjs');
    await build({
      stdin: {
        contents: "export { agreementReport } from './src/shared/agreement/report'; export { turnUnits } from './src/cli/agreement-turns';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile: bundle,
      logLevel: 'warning',
    });
    const result = await new Promise((resolve, reject) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { bundle: pathToFileURL(bundle).href, runs } });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const rows = [
      ['unitizing alpha per category + code-point confusion', result.times.spans, null],
      ['alpha, kappas, confusion on turns (no bootstrap)', result.times.turns, null],
      ['both: unitizing alpha + alpha on turns', result.times.both, 1000],
      ['alpha on turns with a 1,000-resample bootstrap', result.times.bootstrap, null],
    ];
    console.log(`${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ${runs} runs, in a worker thread`);
    console.log(`${CODERS} coders, ${result.annotations} annotations, ${result.codePoints} code points, ${result.turns} turns; α_U = ${result.alphaU?.toFixed(3)}, α(turns) = ${result.alpha?.toFixed(3)}`);
    console.log('| figure | median | min | target |');
    console.log('|---|---|---|---|');
    for (const [name, times, target] of rows) {
      const ms = (x) => `${Math.round(x)} ms`;
      console.log(`| ${name} | ${ms(median(times))} | ${ms(Math.min(...times))} | ${target ? `< ${target} ms (${median(times) < target ? 'met' : '**not met**'})` : '—'} |`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (isMainThread) await main();
else await inWorker(workerData);
