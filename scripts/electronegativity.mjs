/**
 * Electronegativity (Doyensec's checker of Electron security settings) on `src` and on the built
 * `out/`, read from its report rather than its exit code (it exits 0 even with findings): every
 * finding must be in the reviewed allow-list `security/electronegativity-allow.json`, each entry
 * with a written reason, or this exits 1. Entries that match nothing are reported as stale.
 *
 * Usage: node scripts/electronegativity.mjs   (after `npm run build`, which makes out/)
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tool = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const electron = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const allowList = JSON.parse(readFileSync(join(root, 'security', 'electronegativity-allow.json'), 'utf8')).allow;

/** RFC 4180 records of the tool's CSV report (header first). */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      records.push(record);
      record = [];
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/** Runs the tool on one folder; resolves to its findings. The tool may exit before its report is complete: then it runs again. */
async function scan(name, attempt = 1) {
  const input = join(root, name);
  if (!existsSync(input)) throw new Error(`${name}/ is missing${name === 'out' ? ': run npm run build first' : ''}.`);
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const report = join(dir, 'report.csv');
  try {
    // The tool looks up translations and Electron releases online; without a network it goes on.
    await promisify(execFile)(process.execPath, [tool, '-i', input, '-o', report, '-r', '-v', 'false', '-e', electron], { cwd: root, timeout: 180_000 });
    if (!existsSync(report)) throw new Error(`Electronegativity wrote no report for ${name}/.`);
    const [header = [], ...rows] = parseCsv(readFileSync(report, 'utf8'));
    const at = (column) => header.indexOf(column);
    const complete = ['issue', 'severity', 'filename', 'location', 'description'].every((c) => at(c) >= 0) && rows.every((r) => r.length === 1 || r.length === header.length);
    if (!complete) {
      if (attempt < 3) return await scan(name, attempt + 1);
      throw new Error(`Electronegativity's report for ${name}/ is incomplete.`);
    }
    return rows.filter((r) => r.length > 1).map((r) => ({
      scan: name,
      check: r[at('issue')],
      severity: r[at('severity')],
      file: r[at('filename')].replace(/\\/g, '/'),
      location: r[at('location')],
      description: r[at('description')],
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const problems = allowList.filter((e) => typeof e.reason !== 'string' || e.reason.trim().length < 20).map((e) => `allow-list entry ${e.scan} ${e.check} ${e.file} has no written reason`);
const findings = [...(await scan('src')), ...(await scan('out'))];
const used = new Set();
for (const f of findings) {
  const entry = allowList.findIndex((e) => e.scan === f.scan && e.check === f.check && e.file === f.file);
  if (entry === -1) problems.push(`${f.scan}/${f.file}:${f.location} ${f.check} (${f.severity}): ${f.description}`);
  else used.add(entry);
}
allowList.forEach((e, i) => {
  if (!used.has(i)) console.log(`electronegativity: stale allow-list entry (nothing matched it any more): ${e.scan} ${e.check} ${e.file}`);
});
console.log(`electronegativity: ${findings.length} findings in src/ and out/ (Electron ${electron}), ${findings.length - problems.filter((p) => !p.startsWith('allow-list')).length} allowed.`);
if (problems.length > 0) {
  console.error('electronegativity: not in the reviewed allow-list (security/electronegativity-allow.json):');
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
