import { describe, expect, it } from 'vitest';
import type { Annotation, Category, DocumentRecord } from '../model';
import { addExclusion, mergeSpeakers } from '../transcript/corrections';
import { detectStructure } from '../transcript/structure';
import { BRIEFING, NEWS_REPORT } from '../transcript/test-transcripts';
import { datasetFromModel, segmentsTable, type Table } from './tables';
import { speakerCountsTable, turnsTable } from './turn-tables';

const briefing: DocumentRecord = { id: 'd-b', title: 'Briefing', text: BRIEFING, hash: 'h-b', sourceName: '', importedAt: '', lastOpenedAt: '' };
const news: DocumentRecord = { id: 'd-n', title: 'News', text: NEWS_REPORT, hash: 'h-n', sourceName: '', importedAt: '', lastOpenedAt: '' };
const categories: Category[] = [
  { id: 'claim', label: 'claim', definition: '', colour: '#0072B2', shortcut: '1', order: 0, retired: false },
  { id: 'denial', label: 'denial', definition: '', colour: '#CC79A7', shortcut: '2', order: 1, retired: false },
];
const LONG = 'Aide to the Minister Tomas Aberg';

function annotate(id: string, d: DocumentRecord, exact: string, categoryId: string): Annotation {
  const start = d.text.indexOf(exact);
  if (start < 0) throw new Error(`not found: ${exact}`);
  return {
    id, documentId: d.id, categoryId, start, end: start + exact.length, exact, prefix: '', suffix: '', memo: '',
    coder: 'ana', created: '2024-01-01T00:00:00Z', modified: '2024-01-01T00:00:00Z', status: 'placed',
  };
}

const annotations = [
  annotate('a1', briefing, 'The conversation lasted an hour.', 'claim'),
  annotate('a2', briefing, 'No, they did not.', 'denial'),
  annotate('a3', briefing, 'Were “guarantees” mentioned?', 'claim'),
  annotate('a4', briefing, 'Font size', 'claim'), // page chrome: before the first turn
  annotate('a5', briefing, 'scroll to top', 'claim'), // in the last turn until excluded
  annotate('a6', news, 'the ministry did not comment', 'claim'),
];

/** Rows of a table as records keyed by column. */
function records(t: Table): Record<string, string | number | null>[] {
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])));
}

describe('turnsTable', () => {
  it('has one row per turn with code-point offsets, words and the exclusion flag', () => {
    const t = turnsTable(datasetFromModel({ documents: [news, briefing], annotations, categories }));
    expect(t.columns).toEqual(['document_id', 'document_title', 'turn', 'speaker', 'label', 'start', 'end', 'words', 'excluded']);
    const rows = records(t);
    // The news report has no turns; the briefing has five.
    expect(rows.map((r) => [r.turn, r.speaker])).toEqual([
      [1, LONG],
      [2, 'Question'],
      [3, 'Tomas Aberg'],
      [4, 'Question'],
      [5, 'Tomas Aberg'],
    ]);
    // The label as written keeps its no-break spaces; the speaker column does not.
    expect(rows[0].label).toBe('Aide to\u00a0the\u00a0Minister Tomas Aberg');
    const first = detectStructure(BRIEFING, 'h-b').turns[0];
    expect([rows[0].start, rows[0].end]).toEqual([first.start, first.end]); // no emoji before it
    expect(rows[3]).toMatchObject({ words: 4, excluded: 'FALSE' });
    // After the emoji in turn 3, code points are one fewer than UTF-16 units.
    const fifth = detectStructure(BRIEFING, 'h-b').turns[4];
    expect(rows[4].start).toBe(fifth.start - 1);
  });

  it('uses the reviewed structure: merged speakers, excluded turns and words', () => {
    let s = mergeSpeakers(detectStructure(BRIEFING, 'h-b'), [LONG], 'Tomas Aberg');
    const q = s.turns[3];
    s = addExclusion(s, BRIEFING, q.start, q.end, 'stage');
    const rows = records(turnsTable(datasetFromModel({ documents: [briefing], annotations, categories, structures: new Map([['d-b', s]]) })));
    expect(rows[0].speaker).toBe('Tomas Aberg');
    expect(rows[3]).toMatchObject({ excluded: 'TRUE', words: 0 });
  });

  it('ignores a structure made for another text', () => {
    const stale = { ...mergeSpeakers(detectStructure(BRIEFING, 'old'), [LONG], 'Tomas Aberg') };
    const rows = records(turnsTable(datasetFromModel({ documents: [briefing], annotations, categories, structures: new Map([['d-b', stale]]) })));
    expect(rows[0].speaker).toBe(LONG);
  });
});

describe('speakerCountsTable', () => {
  it('counts placed annotations per speaker and category, zeros included, text before the first turn left out', () => {
    const t = speakerCountsTable(datasetFromModel({ documents: [news, briefing], annotations, categories }));
    expect(t.columns).toEqual(['document_id', 'document_title', 'speaker', 'category_id', 'category_label', 'count']);
    expect(t.rows).toEqual([
      ['d-b', 'Briefing', LONG, 'claim', 'claim', 1],
      ['d-b', 'Briefing', LONG, 'denial', 'denial', 0],
      ['d-b', 'Briefing', 'Question', 'claim', 'claim', 1],
      ['d-b', 'Briefing', 'Question', 'denial', 'denial', 0],
      ['d-b', 'Briefing', 'Tomas Aberg', 'claim', 'claim', 1],
      ['d-b', 'Briefing', 'Tomas Aberg', 'denial', 'denial', 1],
    ]);
  });

  it('counts merged speakers as one and leaves excluded regions out', () => {
    let s = mergeSpeakers(detectStructure(BRIEFING, 'h-b'), [LONG], 'Tomas Aberg');
    s = addExclusion(s, BRIEFING, BRIEFING.indexOf('March 14, 2024\n\nscroll'), BRIEFING.length, 'chrome');
    const input = datasetFromModel({ documents: [briefing], annotations, categories, structures: new Map([['d-b', s]]) });
    expect(speakerCountsTable(input).rows).toEqual([
      ['d-b', 'Briefing', 'Tomas Aberg', 'claim', 'claim', 1],
      ['d-b', 'Briefing', 'Tomas Aberg', 'denial', 'denial', 1],
      ['d-b', 'Briefing', 'Question', 'claim', 'claim', 1],
      ['d-b', 'Briefing', 'Question', 'denial', 'denial', 0],
    ]);
    // The segments table still names the speaker of the excluded span: exclusion is for statistics.
    const seg = records(segmentsTable(input)).find((r) => r.annotation_id === 'a5');
    expect(seg).toMatchObject({ speaker: 'Tomas Aberg', turn: 5 });
  });
});
