/**
 * The transitions table as a diagram: categories of a speaker's contribution on the left, of
 * the next speaker's on the right, a band between them as wide as the count.
 */
import type { Transitions } from '../analysis/sequences';
import { el, fit, svgDocument, text } from './svg';

const ROW = 34;
const LEFT = 170;
const GAP = 260;
const TOP = 50;

/** The diagram; `labels` and `colours` by category id. */
export function transitionsSvg(table: Transitions, labels: ReadonlyMap<string, string>, colours: ReadonlyMap<string, string>, title = 'Transitions between speakers'): string {
  const cells = [...table.cells.values()];
  const used = table.categories.filter((c) => cells.some((x) => x.from === c || x.to === c));
  const max = Math.max(1, ...cells.map((c) => c.count));
  const y = (c: string) => TOP + used.indexOf(c) * ROW + ROW / 2;
  const x1 = LEFT + 10;
  const x2 = LEFT + GAP;
  const width = x2 + 190;
  const height = TOP + Math.max(1, used.length) * ROW + 20;
  const body: string[] = [
    el('text', { x: LEFT, y: 24, 'font-size': 13, 'text-anchor': 'end', 'font-weight': 600, fill: '#1d1d1f' }, 'One speaker'),
    el('text', { x: x2 + 10, y: 24, 'font-size': 13, 'font-weight': 600, fill: '#1d1d1f' }, 'The next speaker'),
  ];
  for (const c of [...cells].sort((a, b) => b.count - a.count)) {
    const w = 2 + 16 * (c.count / max);
    const a = y(c.from);
    const b = y(c.to);
    body.push(
      el(
        'path',
        { d: `M ${x1} ${a} C ${x1 + GAP / 2} ${a}, ${x2 - GAP / 2} ${b}, ${x2 - 10} ${b}`, fill: 'none', stroke: colours.get(c.from) ?? '#777777', 'stroke-opacity': 0.55, 'stroke-width': w },
        el('title', {}, text(`${labels.get(c.from) ?? c.from} → ${labels.get(c.to) ?? c.to}: ${c.count}`)),
      ),
    );
    body.push(el('text', { x: (x1 + x2) / 2, y: (a + b) / 2 - w / 2 - 2, 'font-size': 11, 'text-anchor': 'middle', fill: '#444444' }, String(c.count)));
  }
  for (const c of used) {
    const label = fit(labels.get(c) ?? c, LEFT - 20, 12);
    body.push(el('rect', { x: LEFT, y: y(c) - 9, width: 8, height: 18, fill: colours.get(c) ?? '#777777' }));
    body.push(el('text', { x: LEFT - 6, y: y(c) + 4, 'font-size': 12, 'text-anchor': 'end', fill: '#1d1d1f' }, text(label)));
    body.push(el('rect', { x: x2 - 8, y: y(c) - 9, width: 8, height: 18, fill: colours.get(c) ?? '#777777' }));
    body.push(el('text', { x: x2 + 6, y: y(c) + 4, 'font-size': 12, fill: '#1d1d1f' }, text(label)));
  }
  const description = `How often a category in one speaker's contribution is followed by a category in the next speaker's, over ${table.pairs} pairs of contributions; bands are as wide as the count.`;
  return svgDocument(width, height, title, description, body);
}
