/**
 * The transcript tables of a dataset: `turns` (one row per speaker turn) and `speakers`
 * (document × speaker × category counts). Offsets are code points, like every dataset offset.
 */
import { sortCategories } from '../codebook';
import { OffsetMap } from '../text/offsets';
import { isTurnExcluded, speakersOf, turnWords } from '../transcript/speakers';
import { detectStructure, isExcluded, speakerOfTurn, type TranscriptStructure } from '../transcript/structure';
import { SPEAKER_COUNT_COLUMNS, TURN_COLUMNS, columnNames, type SpeakerCountColumn, type TurnColumn } from './columns';
import { DocumentIndex } from './document-index';
import { compareText, rowOf } from './table-helpers';
import type { DatasetDocument, DatasetInput, Table } from './tables';

const structures = new WeakMap<DatasetDocument, TranscriptStructure | null>();

/**
 * The transcript structure the tables use for a document: the reviewed one given with it when
 * it was made for this text (same content hash), else the turns detected from the text; null
 * without text. Computed once per document object.
 */
export function structureOf(document: DatasetDocument): TranscriptStructure | null {
  let s = structures.get(document);
  if (s === undefined) {
    const given = document.structure;
    s = document.text === null ? null : given && given.hash === document.hash ? given : detectStructure(document.text, document.hash);
    structures.set(document, s);
  }
  return s;
}

/** Documents by title then id, as every table orders them. */
function byTitle(documents: readonly DatasetDocument[]): DatasetDocument[] {
  return [...documents].sort((a, b) => compareText(a.title, b.title) || compareText(a.id, b.id));
}

/** One row per turn of every document with text, documents by title, turns in text order. */
export function turnsTable(input: DatasetInput): Table<TurnColumn> {
  const columns = columnNames(TURN_COLUMNS);
  const rows: (string | number | null)[][] = [];
  for (const d of byTitle(input.documents)) {
    const s = structureOf(d);
    if (!s || d.text === null || s.turns.length === 0) continue;
    const map = new OffsetMap(d.text);
    for (const turn of s.turns) {
      rows.push(
        rowOf(columns, {
          document_id: d.id,
          document_title: d.title,
          turn: turn.number,
          speaker: speakerOfTurn(s, turn),
          label: turn.label,
          start: map.toCodePoints(turn.start),
          end: map.toCodePoints(turn.end),
          words: turnWords(s, d.text, turn),
          excluded: isTurnExcluded(s, turn) ? 'TRUE' : 'FALSE',
        }),
      );
    }
  }
  return { columns, rows };
}

/**
 * Speaker × category counts in long form: per document with turns (by title), one row per
 * speaker (in order of first appearance) × category (codebook order, then categories only
 * annotations mention), zeros included. A placed annotation counts for the speaker in the
 * `speaker` column of `segments`, unless it starts in a region marked as not speech.
 */
export function speakerCountsTable(input: DatasetInput): Table<SpeakerCountColumn> {
  const columns = columnNames(SPEAKER_COUNT_COLUMNS);
  const labels = new Map(input.categories.map((c) => [c.id, c.label]));
  const categoryIds = sortCategories(input.categories).map((c) => c.id);
  const known = new Set(categoryIds);
  const extra = new Set<string>();
  for (const seg of input.segments) if (!known.has(seg.categoryId)) extra.add(seg.categoryId);
  categoryIds.push(...[...extra].sort(compareText));

  const byDocument = new Map<string, { start: number; categoryId: string }[]>();
  for (const seg of input.segments) {
    if (seg.status !== 'placed' || seg.start === null) continue;
    let list = byDocument.get(seg.documentId);
    if (!list) byDocument.set(seg.documentId, (list = []));
    list.push({ start: seg.start, categoryId: seg.categoryId });
  }

  const rows: (string | number | null)[][] = [];
  for (const d of byTitle(input.documents)) {
    const s = structureOf(d);
    if (!s || d.text === null || s.turns.length === 0) continue;
    const counts = new Map<string, Map<string, number>>();
    const index = new DocumentIndex(d.text, s);
    const map = new OffsetMap(d.text);
    for (const seg of byDocument.get(d.id) ?? []) {
      const speaker = index.locate(seg.start).speaker;
      if (speaker === null || isExcluded(s, map.toUnits(seg.start))) continue;
      let perCategory = counts.get(speaker);
      if (!perCategory) counts.set(speaker, (perCategory = new Map()));
      perCategory.set(seg.categoryId, (perCategory.get(seg.categoryId) ?? 0) + 1);
    }
    for (const speaker of speakersOf(s)) {
      for (const id of categoryIds) {
        rows.push(
          rowOf(columns, {
            document_id: d.id,
            document_title: d.title,
            speaker,
            category_id: id,
            category_label: labels.get(id) ?? null,
            count: counts.get(speaker)?.get(id) ?? 0,
          }),
        );
      }
    }
  }
  return { columns, rows };
}
