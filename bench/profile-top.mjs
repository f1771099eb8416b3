/**
 * Summarises a CPU profile written by `node bench/run.mjs --profile` (or any `.cpuprofile`):
 * the functions with the most self time and with the most total (inclusive) time.
 *
 *   node bench/profile-top.mjs bench/profiles/open-0.cpuprofile [count]
 */
import { readFileSync } from 'node:fs';

const [file, countArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-top.mjs FILE.cpuprofile [count]');
  process.exit(2);
}
const count = Number(countArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const nameOf = (n) => {
  const f = n.callFrame;
  const where = f.url ? ` ${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'}${where}`;
};
const self = new Map();
const total = new Map();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  all += dt;
  const leaf = nodes.get(id);
  self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + dt);
  // Each function counted once per sample, however deep its recursion.
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const name = nameOf(nodes.get(n));
    if (seen.has(name)) continue;
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + dt);
  }
});
const top = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`).join('\n');
console.log(`${file}: ${all.toFixed(0)} ms sampled\n\nself time:\n${top(self)}\n\ntotal time:\n${top(total)}`);
