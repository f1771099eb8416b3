/**
 * Speaker statistics of a transcript structure (turns and words per speaker, excluded regions
 * left out) and alias suggestions for the review step.
 */
import { countWords } from '../text/words';
import type { Turn } from './detect';
import { includedParts, isWhollyExcluded, speakerOfTurn, type TranscriptStructure } from './structure';

/** One speaker as shown, with the names as written that are counted as them. */
export interface SpeakerSummary {
  speaker: string;
  /** Normalised names of the turns counted for this speaker, in order of first appearance. */
  names: string[];
  /** Turns not wholly excluded. */
  turns: number;
  /** Words of those turns' speech outside excluded regions. */
  words: number;
}

/** Words of a turn's speech (`[speechStart, end)`) outside excluded regions. */
export function turnWords(structure: TranscriptStructure, text: string, turn: Turn): number {
  let n = 0;
  for (const part of includedParts(structure, turn.speechStart, turn.end)) n += countWords(text, part.start, part.end);
  return n;
}

/** True when a turn lies wholly in excluded regions (it is then left out of statistics). */
export function isTurnExcluded(structure: TranscriptStructure, turn: Turn): boolean {
  return isWhollyExcluded(structure, turn.start, turn.end);
}

/** The speakers in order of first appearance, with turn and word counts (exclusions left out). */
export function speakerSummaries(structure: TranscriptStructure, text: string): SpeakerSummary[] {
  const bySpeaker = new Map<string, SpeakerSummary>();
  for (const turn of structure.turns) {
    const speaker = speakerOfTurn(structure, turn);
    let summary = bySpeaker.get(speaker);
    if (!summary) bySpeaker.set(speaker, (summary = { speaker, names: [], turns: 0, words: 0 }));
    if (!summary.names.includes(turn.name)) summary.names.push(turn.name);
    if (isTurnExcluded(structure, turn)) continue;
    summary.turns++;
    summary.words += turnWords(structure, text, turn);
  }
  return [...bySpeaker.values()];
}

/** The speakers as shown, in order of first appearance. */
export function speakersOf(structure: TranscriptStructure): string[] {
  return [...new Set(structure.turns.map((t) => speakerOfTurn(structure, t)))];
}

/** A suggested merge: `name` looks like a longer form of `speaker` ("Aide to the President Yury Ushakov" → "Yury Ushakov"). */
export interface AliasSuggestion {
  name: string;
  speaker: string;
}

/**
 * Suggests merging a speaker into another whose name is the last two or more words of its own
 * (a title or role before the name), compared without case. Each speaker gets at most one
 * suggestion (the longest such name). Speakers already merged are not suggested.
 */
export function suggestAliases(structure: TranscriptStructure): AliasSuggestion[] {
  const speakers = speakersOf(structure);
  const out: AliasSuggestion[] = [];
  for (const name of speakers) {
    const words = name.toLocaleLowerCase().split(' ');
    let best: string | null = null;
    for (const other of speakers) {
      if (other === name) continue;
      const tail = other.toLocaleLowerCase().split(' ');
      if (tail.length < 2 || tail.length >= words.length) continue;
      if (words.slice(words.length - tail.length).join(' ') !== tail.join(' ')) continue;
      if (best === null || other.length > best.length) best = other;
    }
    if (best !== null) out.push({ name, speaker: best });
  }
  return out;
}
