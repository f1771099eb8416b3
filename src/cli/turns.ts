/**
 * `workbench turns [--json] FILE…`: the speaker turns of each text, found with the app's one
 * speaker-label rule (`shared/transcript`): the convention chosen for the document, each turn's
 * number, speaker (no-break spaces written as spaces) and range in code points of the
 * canonical text, half-open. Text before the first turn is not a turn.
 */
import { CONVENTIONS } from '../shared/transcript/labels';
import { speakerSummaries } from '../shared/transcript/speakers';
import { detectStructure, speakerOfTurn } from '../shared/transcript/structure';
import { OffsetMap } from '../shared/text/offsets';
import { parseArgs } from './args';
import { type CliIo, EXIT, usageError } from './io';
import { readText } from './inputs';
import { padCodePoints } from './text-output';
import { plural } from '../shared/plural';

/** One document as `turns --json` prints it. */
interface JsonDocument {
  document: string;
  /** The convention the turns follow (`name-colon`, `qa`, `timestamp`, `caps-period`), or null. */
  convention: string | null;
  turns: { turn: number; speaker: string; start: number; end: number }[];
  /** The speakers in order of first appearance. */
  speakers: string[];
}

/** Runs the command; prints the turns of every FILE. */
export async function turnsCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const args = parseArgs('turns', argv, { json: 'flag' });
  if (args.positional.length === 0) throw usageError('“turns” needs at least one FILE.');
  const now = (io.now?.() ?? new Date()).toISOString();
  const documents: JsonDocument[] = [];
  const words: { speaker: string; turns: number; words: number }[][] = [];
  for (const path of args.positional) {
    const doc = await readText(io, path, now);
    const structure = detectStructure(doc.text, doc.hash);
    const map = new OffsetMap(doc.text);
    const summaries = speakerSummaries(structure, doc.text);
    words.push(summaries);
    documents.push({
      document: path,
      convention: structure.convention,
      turns: structure.turns.map((t) => ({ turn: t.number, speaker: speakerOfTurn(structure, t), start: map.toCodePoints(t.start), end: map.toCodePoints(t.end) })),
      speakers: summaries.map((s) => s.speaker),
    });
  }
  if (args.flags.has('json')) {
    io.stdout(JSON.stringify({ documents }, null, 2) + '\n');
    return EXIT.ok;
  }
  documents.forEach((d, i) => {
    if (d.turns.length === 0) {
      io.stdout(`${d.document}: no speaker turns (no kind of speaker label is on two or more lines).\n`);
      return;
    }
    const convention = CONVENTIONS.find((c) => c.id === d.convention)!;
    io.stdout(`${d.document}: ${plural(d.turns.length, 'turn')}, ${plural(d.speakers.length, 'speaker')}; labels are ${convention.description} (“${convention.example}”).\n`);
    const width = Math.min(50, Math.max(...d.turns.map((t) => [...t.speaker].length)));
    for (const t of d.turns) io.stdout(`  ${String(t.turn).padStart(5)}  ${padCodePoints(t.speaker, width, 'end')}  ${t.start}–${t.end}\n`);
    for (const s of words[i]) io.stdout(`  ${s.speaker}: ${plural(s.turns, 'turn')}, ${plural(s.words, 'word')}\n`);
  });
  return EXIT.ok;
}
