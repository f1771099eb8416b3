import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readQdc, readQdpx } from '../shared/qdpx/import';
import { fixtureGuid, fixtureQdpx, MIXED_TEXT, rawZip, zeroDeflate } from '../shared/qdpx/test-projects';
import { parseAnnotationFile, type ImportedAnnotation } from '../shared/w3c/import';
import { run } from './run';
import { TITLE, TRANSCRIPT, exportOf, transcriptAnnotations, transcriptDocument } from './test-fixtures';
import { capturedIo, listDir, tempDir } from './testing';
import { safeFileName } from './qdpx';

let dir: string;
let textPath: string;
let alex: string;
let maria: string;

beforeAll(async () => {
  dir = await tempDir();
  const doc = transcriptDocument();
  const annotations = transcriptAnnotations(doc);
  textPath = join(dir, `${TITLE}.txt`);
  await writeFile(textPath, TRANSCRIPT);
  // Two coders' files: Алекс's (with the orphan) and Maria's.
  alex = join(dir, 'alex.json');
  maria = join(dir, 'maria.json');
  await writeFile(alex, exportOf(doc, annotations.filter((a) => a.coder === 'Алекс')));
  await writeFile(maria, exportOf(doc, annotations.filter((a) => a.coder === 'Maria')));
});

function parsed(json: string): ImportedAnnotation[] {
  const result = parseAnnotationFile(json, 'x.json');
  if (!result.ok) throw new Error(result.error);
  return result.value.annotations;
}

describe('workbench qdpx (write)', () => {
  it('writes two coders’ files on a text as a project, leaving the orphan out', async () => {
    const out = join(dir, 'project', 'hearing.qdpx');
    const io = capturedIo();
    expect(await run(['qdpx', '--text', textPath, '--out', out, alex, maria], io)).toBe(0);
    const stdout = io.out.join('');
    expect(stdout).toContain(`Wrote ${out} (1 text, 4 selections, 5 codes, 2 coders).`);
    expect(io.err.join('')).toContain('Left out 1 orphan');
    const read = readQdpx(new Uint8Array(await readFile(out)), { fileName: out, now: '2024-07-01T00:00:00.000Z' });
    if (!read.ok) throw new Error(read.error);
    expect(read.value.projectName).toBe('hearing');
    expect(read.value.coders).toEqual(['Алекс', 'Maria']);
    expect(read.value.documents[0].text).toBe(TRANSCRIPT);
    expect(read.value.annotations.map((a) => a.exact).sort()).toEqual(
      transcriptAnnotations(transcriptDocument())
        .filter((a) => a.status === 'placed')
        .map((a) => a.exact)
        .sort(),
    );
  });

  it('round-trips: --read writes the text and one W3C file per coder at the same positions', async () => {
    const project = join(dir, 'rt.qdpx');
    expect(await run(['qdpx', '--text', textPath, '--out', project, '--name', 'Hearing 3', alex, maria], capturedIo())).toBe(0);
    const outDir = join(dir, 'read-back');
    const io = capturedIo();
    expect(await run(['qdpx', '--read', project, '--out', outDir], io)).toBe(0);
    expect(await listDir(outDir)).toEqual(['Hearing 3.txt', 'Maria.jsonld', 'Алекс.jsonld']);
    expect(await readFile(join(outDir, 'Hearing 3.txt'), 'utf8')).toBe(TRANSCRIPT);
    expect(io.out.join('')).toMatch(/“Hearing 3”: 4 codings in 4 selections; positions read as Unicode code points \(the selections’ names read as their quotes\); 4 placed\./);
    const key = (a: ImportedAnnotation) => [a.id, a.categoryLabel, a.coder, a.memo, a.position?.start, a.position?.end, a.quote?.exact];
    const before = [...parsed(await readFile(alex, 'utf8')), ...parsed(await readFile(maria, 'utf8'))].filter((a) => a.position !== null);
    const after = [...parsed(await readFile(join(outDir, 'Алекс.jsonld'), 'utf8')), ...parsed(await readFile(join(outDir, 'Maria.jsonld'), 'utf8'))];
    const sort = (list: ImportedAnnotation[]) => list.map(key).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(sort(after)).toEqual(sort(before));
    // The written files are valid W3C and their texts match them.
    const check = capturedIo();
    expect(await run(['validate', join(outDir, 'Алекс.jsonld'), join(outDir, 'Maria.jsonld')], check)).toBe(0);
    expect(await run(['convert', '--to', 'csv', '--text', join(outDir, 'Hearing 3.txt'), '--out', join(dir, 'tables'), join(outDir, 'Maria.jsonld')], check)).toBe(0);
    expect(check.out.join('')).toContain('1 annotation on “Hearing 3.txt”: 1 exact');
  });

  it('writes the codebook alone as .qdc, and reads it back', async () => {
    const out = join(dir, 'codes.qdc');
    const io = capturedIo();
    expect(await run(['qdpx', '--out', out, alex], io)).toBe(0);
    expect(io.out.join('')).toContain(`Wrote ${out} (5 codes).`);
    const read = readQdc(new Uint8Array(await readFile(out)), { fileName: out });
    if (!read.ok) throw new Error(read.error);
    expect(read.value.categories.map((c) => c.category.label)).toEqual(['claim', 'accusation', 'proposal', 'demand', 'irony']);
    const outDir = join(dir, 'codebook');
    expect(await run(['qdpx', '--read', out, '--out', outDir], capturedIo())).toBe(0);
    expect(await listDir(outDir)).toEqual(['codebook.jsonld']);
  });

  it.each([
    [['qdpx', '--out', 'x.qdpx', 'a.json'], 'needs --text DOC'],
    [['qdpx', '--text', 't.txt', '--out', 'x.qdc', 'a.json'], 'takes no --text'],
    [['qdpx', '--text', 't.txt', 'a.json'], 'needs --out'],
    [['qdpx', '--out', 'x.qdpx'], 'at least one annotation FILE'],
    [['qdpx', '--read', 'x.qdpx', '--out', 'd', 'a.json'], 'takes only --out DIR'],
    [['qdpx', '--read', 'x.qdpx'], 'needs --out DIR'],
  ])('exits 2 for %j', async (argv, message) => {
    const io = capturedIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err.join('')).toContain(message);
  });

  it('refuses annotations on a text it was not given, writing nothing', async () => {
    const other = join(dir, 'other.txt');
    await writeFile(other, 'A different text altogether, with nothing of the hearing in it.');
    const out = join(dir, 'none', 'x.qdpx');
    const io = capturedIo();
    expect(await run(['qdpx', '--text', other, '--out', out, alex], io)).toBe(1);
    expect(io.err.join('')).toContain('(4 annotations) matches none of the texts; give its text with --text. Nothing was written.');
    expect(await listDir(join(dir, 'none'))).toEqual([]);
  });
});

describe('workbench qdpx --read', () => {
  it('reads a project written with NVivo’s UTF-16 positions and says so', async () => {
    const code = fixtureGuid();
    const user = fixtureGuid();
    const source = fixtureGuid();
    const bytes = fixtureQdpx({
      origin: 'NVivo 12',
      convention: { unit: 'utf-16', bomCounted: false, crlfAsOne: false },
      users: [[user, 'Nora']],
      codes: [{ guid: code, name: 'Claim' }],
      sources: [{ guid: source, name: 'Hearing', text: MIXED_TEXT.replace(/\n/g, '\r\n'), selections: [{ quote: 'The council cut the budget by 40\u00a0% 📉', code, user, name: '' }, { quote: 'You hid the numbers 🙈 from the committee!', code, user, name: '' }] }],
      extraSources: `<AudioSource guid="${fixtureGuid()}" name="Interview.m4a"/>`,
    });
    const path = join(dir, 'nvivo.qdpx');
    await writeFile(path, bytes);
    const outDir = join(dir, 'nvivo');
    const io = capturedIo();
    expect(await run(['qdpx', '--read', path, '--out', outDir], io)).toBe(0);
    const stdout = io.out.join('');
    expect(stdout).toContain('positions read as UTF-16 code units, CRLF counted as two characters');
    expect(stdout).toContain('2 placed.');
    expect(stdout).toContain('audio sources (1: “Interview.m4a”): ');
    expect(await listDir(outDir)).toEqual(['Hearing.txt', 'Nora.jsonld']);
    const quotes = parsed(await readFile(join(outDir, 'Nora.jsonld'), 'utf8')).map((a) => a.quote?.exact);
    expect(quotes).toEqual(['The council cut the budget by 40\u00a0% 📉', 'You hid the numbers 🙈 from the committee!']);
  });

  it('refuses a zip bomb with a message and writes nothing', async () => {
    const path = join(dir, 'bomb.qdpx');
    await writeFile(path, rawZip([{ name: 'project.qde', data: zeroDeflate(201 * 1024 * 1024), method: 8, size: 10, crc: 0 }]));
    const outDir = join(dir, 'bomb');
    const io = capturedIo();
    expect(await run(['qdpx', '--read', path, '--out', outDir], io)).toBe(1);
    expect(io.err.join('')).toContain('cannot be imported as a REFI-QDA project: “project.qde” is larger than 209,715,200 bytes once inflated.');
    expect(await listDir(outDir)).toEqual([]);
  });
});

describe('safeFileName', () => {
  it.each([
    ['Hearing 3', 'Hearing 3.txt'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j.txt'],
    ['../../etc/passwd', '_.._etc_passwd.txt'],
    ['  .hidden. ', 'hidden.txt'],
    ['CON', '_CON.txt'],
    ['', 'source.txt'],
  ])('%j → %j', (name, expected) => {
    expect(safeFileName(name, '.txt', 'source', new Set())).toBe(expected);
  });

  it('keeps names unique ignoring case', () => {
    const taken = new Set<string>();
    expect([safeFileName('A', '.txt', 's', taken), safeFileName('a', '.txt', 's', taken), safeFileName('A', '.txt', 's', taken)]).toEqual(['A.txt', 'a (2).txt', 'A (3).txt']);
  });
});
