/**
 * The code map of one document (MAXQDA calls it the codeline): a lane per category, coder or
 * speaker, with a mark wherever it occurs in the text, positions as shares of the text's length.
 * The reader draws it along its scroll bar; `codeMapSvg` draws it for a paper.
 */
import { sortCategories } from '../codebook';
import type { Annotation, Category } from '../model';
import { speakerOfTurn, type TranscriptStructure } from '../transcript/structure';
import { el, fit, svgDocument, text } from './svg';

/** What the lanes stand for. */
export type CodeMapBy = 'category' | 'coder' | 'speaker';

/** One place on a lane, in UTF-16 offsets of the text. */
export interface CodeMapMark {
  start: number;
  end: number;
}

/** One lane. */
export interface CodeMapLane {
  key: string;
  label: string;
  colour: string;
  /** In text order. */
  marks: CodeMapMark[];
}

/** Colours for coders and speakers, which have none of their own (distinct, readable on white). */
const PALETTE = ['#0b57d0', '#b3261e', '#146c2e', '#8e4ec6', '#b06000', '#00639b', '#7d5260', '#3f51b5', '#5f6368', '#006a6a'];

/** The lanes of a document: categories in codebook order, coders and speakers by first appearance. */
export function codeMapLanes(annotations: readonly Annotation[], categories: readonly Category[], structure: TranscriptStructure | null, by: CodeMapBy): CodeMapLane[] {
  const placed = annotations.filter((a) => a.status === 'placed' && a.end > a.start).sort((a, b) => a.start - b.start || a.end - b.end);
  if (by === 'speaker') {
    const lanes = new Map<string, CodeMapLane>();
    for (const t of structure?.turns ?? []) {
      const speaker = speakerOfTurn(structure!, t);
      let lane = lanes.get(speaker);
      if (!lane) lanes.set(speaker, (lane = { key: speaker, label: speaker, colour: PALETTE[lanes.size % PALETTE.length], marks: [] }));
      lane.marks.push({ start: t.start, end: t.end });
    }
    return [...lanes.values()];
  }
  if (by === 'coder') {
    const lanes = new Map<string, CodeMapLane>();
    for (const a of placed) {
      let lane = lanes.get(a.coderId);
      if (!lane) lanes.set(a.coderId, (lane = { key: a.coderId, label: a.coder || 'unknown coder', colour: PALETTE[lanes.size % PALETTE.length], marks: [] }));
      lane.marks.push({ start: a.start, end: a.end });
    }
    return [...lanes.values()];
  }
  const lanes: CodeMapLane[] = sortCategories(categories).map((c) => ({ key: c.id, label: c.label, colour: c.colour, marks: [] }));
  const byId = new Map(lanes.map((l) => [l.key, l]));
  for (const a of placed) {
    let lane = byId.get(a.categoryId);
    if (!lane) {
      lane = { key: a.categoryId, label: a.categoryId, colour: '#777777', marks: [] };
      byId.set(a.categoryId, lane);
      lanes.push(lane);
    }
    lane.marks.push({ start: a.start, end: a.end });
  }
  return lanes.filter((l) => l.marks.length > 0);
}

/** The first mark of a lane that starts after `offset`, wrapping to the first; null for an empty lane. */
export function nextMark(lane: CodeMapLane, offset: number): CodeMapMark | null {
  return lane.marks.find((m) => m.start > offset) ?? lane.marks[0] ?? null;
}

const LANE = 26;
const LABEL = 170;
const WIDTH = 720;

/** The code map as a picture: lanes across, the text from left (start) to right (end). */
export function codeMapSvg(lanes: readonly CodeMapLane[], length: number, title: string): string {
  const height = 40 + lanes.length * LANE + 30;
  const span = WIDTH - LABEL - 20;
  const x = (offset: number) => LABEL + (span * offset) / Math.max(1, length);
  const body: string[] = [];
  lanes.forEach((lane, i) => {
    const y = 30 + i * LANE;
    body.push(el('text', { x: LABEL - 8, y: y + LANE / 2 + 4, 'font-size': 12, 'text-anchor': 'end', fill: '#1d1d1f' }, text(fit(lane.label, LABEL - 16, 12))));
    body.push(el('rect', { x: LABEL, y: y + 4, width: span, height: LANE - 8, fill: '#f4f4f2' }));
    for (const m of lane.marks) body.push(el('rect', { x: x(m.start), y: y + 4, width: Math.max(1.5, x(m.end) - x(m.start)), height: LANE - 8, fill: lane.colour }));
  });
  const axis = 30 + lanes.length * LANE + 16;
  body.push(el('text', { x: LABEL, y: axis, 'font-size': 11, fill: '#444444' }, 'start of the text'));
  body.push(el('text', { x: LABEL + span, y: axis, 'font-size': 11, 'text-anchor': 'end', fill: '#444444' }, 'end'));
  const description = `Where each of ${lanes.length} lanes occurs in the text, from its start on the left to its end on the right.`;
  return svgDocument(WIDTH, height, title, description, body);
}
