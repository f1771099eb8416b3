import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BRIEFING, NEWS_REPORT } from '../shared/transcript/test-transcripts';
import { run } from './run';
import { capturedIo, tempDir } from './testing';

let dir: string;
let briefing: string;
let news: string;
let page: string;

beforeAll(async () => {
  dir = await tempDir();
  briefing = join(dir, 'briefing.txt');
  // CRLF and a BOM: positions are in the canonical text (LF, no BOM), in code points.
  await writeFile(briefing, '\uFEFF' + BRIEFING.replace(/\n/g, '\r\n'));
  news = join(dir, 'news.md');
  await writeFile(news, NEWS_REPORT);
  page = join(dir, 'page.html');
  await writeFile(page, '<html><body><p>Anna Berg: The ferry sails.</p><p>Bo Lind: The ferry waits 😀 for the ferry.</p></body></html>');
});

interface SearchJson {
  query: string;
  total: number;
  complete: boolean;
  hits: { document: string; start: number; end: number; left: string; match: string; right: string; speaker: string | null; turn: number | null }[];
}

async function searchJson(...argv: string[]): Promise<SearchJson> {
  const io = capturedIo();
  const code = await run(['search', '--json', ...argv], io);
  expect(io.err.join('')).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.out.join('')) as SearchJson;
}

describe('workbench search --json', () => {
  it('prints one object with every hit, its context, speaker and turn, in code points', async () => {
    const out = await searchJson('ministry', briefing, news);
    expect(out.query).toBe('ministry');
    // “Ministry of Harbours” in the briefing’s header (no turn there), then the news report.
    expect(out.total).toBe(2);
    expect(out.hits[0]).toMatchObject({ document: briefing, match: 'Ministry', speaker: null, turn: null });
    expect(out.hits.slice(1)).toEqual([
      { document: news, start: NEWS_REPORT.indexOf('ministry'), end: NEWS_REPORT.indexOf('ministry') + 8, left: expect.any(String), match: 'ministry', right: ' did not comment further.', speaker: null, turn: null },
    ]);
    const speakers = await searchJson('they', briefing);
    expect(speakers.hits.map((h) => [h.match, h.speaker, h.turn])).toEqual([
      ['they', 'Tomas Aberg', 3],
      ['they', 'Question', 4],
    ]);
  });

  it('counts positions in code points of the canonical text, half-open', async () => {
    const out = await searchJson('ferry', page);
    const text = 'Anna Berg: The ferry sails.\n\nBo Lind: The ferry waits 😀 for the ferry.';
    const points = [...text];
    expect(out.hits.map((h) => points.slice(h.start, h.end).join(''))).toEqual(['ferry', 'ferry', 'ferry']);
    // After the emoji, code points are one fewer than UTF-16 units.
    expect(out.hits[2].start).toBe(text.lastIndexOf('ferry') - 1);
    expect(out.hits.map((h) => h.speaker)).toEqual(['Anna Berg', 'Bo Lind', 'Bo Lind']);
  });

  it('treats case, NBSP and space alike by default; options change that', async () => {
    const nbsp = 'Aide to the Minister';
    expect((await searchJson(nbsp, briefing)).total).toBe(2);
    expect((await searchJson('tomas aberg', briefing)).total).toBe(5);
    expect((await searchJson('--case-sensitive', 'tomas aberg', briefing)).total).toBe(0);
    expect((await searchJson('--whole-word', 'Tom', briefing)).total).toBe(0);
    expect((await searchJson('--regex', '^Question:', briefing)).hits.map((h) => h.turn)).toEqual([2, 4]);
  });

  it('cuts the context to --context code points and sorts with --sort', async () => {
    const out = await searchJson('--context', '5', '--sort', 'left', 'ferry', page);
    // “the” next to every hit: the second word decides (Berg, for, Lind).
    expect(out.hits.map((h) => h.left)).toEqual([' The ', ' the ', ' The ']);
    expect(out.hits.every((h) => [...h.right].length <= 5)).toBe(true);
    const right = await searchJson('--sort', 'right', 'ferry', page);
    expect(right.hits.map((h) => h.right.trim().split(/[ .]/)[0])).toEqual(['', 'sails', 'waits']);
  });
});

describe('workbench search (text)', () => {
  it('prints aligned concordance lines and a summary', async () => {
    const io = capturedIo();
    expect(await run(['search', '--context', '12', 'ferry', page], io)).toBe(0);
    const lines = io.out.join('').trimEnd().split('\n');
    expect(lines.at(-1)).toBe('3 hits in 1 document of 1.');
    const hitLines = lines.slice(0, -1);
    expect(hitLines).toHaveLength(3);
    // The hit starts in the same column on every line.
    const columns = hitLines.map((l) => [...l.slice(0, l.indexOf(' ferry '))].length);
    expect(new Set(columns).size).toBe(1);
    expect(hitLines[0]).toContain(`${page} #1 Anna Berg`);
  });

  it.each<[string[], RegExp]>([
    [['search', 'x'], /needs a QUERY and at least one FILE/],
    [['search', '--regex', '(a+)+', 'f.txt'], /repeated group/],
    [['search', '--regex', '(', 'f.txt'], /not a valid regular expression/],
    [['search', '--sort', 'middle', 'x', 'f.txt'], /--sort takes/],
    [['search', '--context', '-3', 'x', 'f.txt'], /needs a value|--context takes/],
    [['search', 'x', 'missing.txt'], /Cannot read/],
  ])('refuses %j with a usage error', async (argv, message) => {
    const io = capturedIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err.join('')).toMatch(message);
  });
});

interface TurnsJson {
  documents: { document: string; convention: string | null; turns: { turn: number; speaker: string; start: number; end: number }[]; speakers: string[] }[];
}

async function turnsJson(...files: string[]): Promise<TurnsJson> {
  const io = capturedIo();
  expect(await run(['turns', '--json', ...files], io)).toBe(0);
  return JSON.parse(io.out.join('')) as TurnsJson;
}

describe('workbench turns --json', () => {
  it('prints every document’s turns and speakers with the app’s speaker rule', async () => {
    const out = await turnsJson(briefing, news);
    const [b, n] = out.documents;
    expect(b.document).toBe(briefing);
    expect(b.convention).toBe('name-colon');
    expect(b.speakers).toEqual(['Aide to the Minister Tomas Aberg', 'Question', 'Tomas Aberg']);
    expect(b.turns.map((t) => [t.turn, t.speaker])).toEqual([
      [1, 'Aide to the Minister Tomas Aberg'],
      [2, 'Question'],
      [3, 'Tomas Aberg'],
      [4, 'Question'],
      [5, 'Tomas Aberg'],
    ]);
    // Text before the first turn is not a turn; offsets are code points of the canonical text.
    const points = [...BRIEFING];
    expect(points.slice(b.turns[0].start, b.turns[0].start + 8).join('')).toBe('Aide to\u00a0');
    expect(points.slice(b.turns[3].start, b.turns[3].end).join('')).toBe('Question: Will they speak again?');
    expect(n).toEqual({ document: news, convention: null, turns: [], speakers: [] });
  });

  it('prints a readable list without --json', async () => {
    const io = capturedIo();
    expect(await run(['turns', briefing, news], io)).toBe(0);
    const out = io.out.join('');
    expect(out).toContain(`${briefing}: 5 turns, 3 speakers; labels are the speaker’s name, then a colon`);
    expect(out).toMatch(/ {4}2 {2}Question {2,}\d+–\d+/);
    expect(out).toContain('  Question: 2 turns, 14 words');
    expect(out).toContain(`${news}: no speaker turns`);
  });

  const real = join(__dirname, '..', '..', '..', 'shared', 'corpus', '002_6485607d9411c983.txt');
  it.skipIf(!existsSync(real))('finds the turns of the real briefing transcript (../shared/corpus; skipped when absent)', async () => {
    const [doc] = (await turnsJson(real)).documents;
    expect(doc.convention).toBe('name-colon');
    // The page chrome ("View settings", "Font size:") and the header are before the first turn.
    expect(doc.turns[0].speaker).toBe('Aide to the President Yury Ushakov');
    expect(new Set(doc.speakers)).toEqual(new Set(['Aide to the President Yury Ushakov', 'Question', 'Yury Ushakov']));
    expect(doc.turns.length).toBeGreaterThan(10);
    expect(doc.turns.every((t) => !t.speaker.includes('\u00a0'))).toBe(true);
  });
});
