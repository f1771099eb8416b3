/** The speaker × category heatmap as an SVG picture: one cell per pair, darker for more, the count written in. */
import type { SpeakerMatrix } from '../analysis/speaker-matrix';
import { el, fit, inkOn, shade, svgDocument, text } from './svg';

const CELL = 44;
const ROW = 30;
const LABEL = 180;
const HEAD = 110;
const HUE = '#0b57d0';

/** The heatmap; `labels` names the categories (their id otherwise). */
export function heatmapSvg(matrix: SpeakerMatrix, labels: ReadonlyMap<string, string>, title = 'Speakers × categories'): string {
  const width = LABEL + matrix.categories.length * CELL + 20;
  const height = HEAD + matrix.speakers.length * ROW + 20;
  const body: string[] = [];
  matrix.categories.forEach((c, j) => {
    const x = LABEL + j * CELL + CELL / 2;
    body.push(el('text', { x, y: HEAD - 8, 'font-size': 12, transform: `rotate(-45 ${x} ${HEAD - 8})`, fill: '#1d1d1f' }, text(fit(labels.get(c) ?? c, 130, 12))));
  });
  matrix.speakers.forEach((s, i) => {
    const y = HEAD + i * ROW;
    body.push(el('text', { x: LABEL - 8, y: y + ROW / 2 + 4, 'font-size': 12, 'text-anchor': 'end', fill: '#1d1d1f' }, text(fit(s, LABEL - 16, 12))));
    matrix.categories.forEach((_c, j) => {
      const n = matrix.counts[i][j];
      const fill = n === 0 ? '#f4f4f2' : shade(HUE, 0.15 + 0.85 * (n / (matrix.max || 1)));
      const x = LABEL + j * CELL;
      body.push(el('rect', { x: x + 1, y: y + 1, width: CELL - 2, height: ROW - 2, fill, rx: 2 }));
      body.push(el('text', { x: x + CELL / 2, y: y + ROW / 2 + 4, 'font-size': 12, 'text-anchor': 'middle', fill: n === 0 ? '#6f6f6f' : inkOn(fill) }, String(n)));
    });
  });
  const description = `Annotations per speaker (rows) and category (columns), darker for more; the largest count is ${matrix.max}.`;
  return svgDocument(width, height, title, description, body);
}
