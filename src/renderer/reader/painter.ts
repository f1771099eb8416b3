import { sortCategories, UNDERLINE_STYLES } from '../../shared/codebook';
import type { Category } from '../../shared/model';
import type { Painter } from './highlights';

function tint(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Pitch (px) of the bands under the text when several layers are shown (3 px thick: `.hl-layers` in styles.css). */
const PITCH = 4;

/**
 * Bands drawn under one stretch of text at most; more overlapping annotations there are named in
 * the title ("and 3 more"). Each band is a background layer the browser must style and paint, and
 * a stretch where five coders' overlapping spans meet would otherwise carry a dozen.
 */
export const MAX_BANDS = 4;

/**
 * The band pattern of each coder lane, the non-colour cue of whose annotation a band is: solid,
 * dashed, dotted, dash-dot, long dashes, double. Lanes beyond these repeat the patterns (the
 * title still names the coder).
 */
export const LANE_PATTERNS = ['solid', 'dashed', 'dotted', 'dash-dot', 'long dashes', 'double'] as const;

/** The CSS image of lane `lane`'s pattern in colour `c`. */
export function laneImage(lane: number, c: string): string {
  switch (lane % LANE_PATTERNS.length) {
    case 1:
      return `repeating-linear-gradient(90deg, ${c} 0 6px, transparent 6px 9px)`;
    case 2:
      return `repeating-linear-gradient(90deg, ${c} 0 2px, transparent 2px 4px)`;
    case 3:
      return `repeating-linear-gradient(90deg, ${c} 0 6px, transparent 6px 8px, ${c} 8px 10px, transparent 10px 12px)`;
    case 4:
      return `repeating-linear-gradient(90deg, ${c} 0 12px, transparent 12px 15px)`;
    case 5:
      return `linear-gradient(${c} 0 1px, transparent 1px 2px, ${c} 2px 3px)`;
    default:
      return `linear-gradient(${c}, ${c})`;
  }
}

/** A coder drawn in the reader: their lane (band pattern and position) and name. */
export interface CoderLane {
  lane: number;
  name: string;
}

/**
 * Paints highlights from the codebook. One layer shown (`lanes` null or with one coder): one
 * annotation gets a light tint of its colour and an underline in the category's own style
 * (solid, wavy, dashed…), so colour is never the only cue; several get a tint per layer and
 * stacked coloured bands under the text, one per annotation. Several coders' layers shown: every
 * annotation is a band in its category's colour and its coder's pattern (`LANE_PATTERNS`), the
 * bands stacked in lane order, so two coders' identical spans are two bands; the `title` names
 * the category and the coder of each.
 */
export function makePainter(categories: readonly Category[], lanes: ReadonlyMap<string, CoderLane> | null = null): Painter {
  const sorted = sortCategories(categories);
  const byId = new Map(sorted.map((c, i) => [c.id, { category: c, index: i }]));
  const layered = lanes !== null && lanes.size > 1;
  return (spans): { [attr: string]: string } => {
    const entries = spans.map((s) => byId.get(s.categoryId));
    const labels = entries.map((e) => (e ? `${e.category.label}${e.category.retired ? ' (retired)' : ''}` : 'unknown category'));
    const colours = entries.map((e) => (e && !e.category.retired ? e.category.colour : '#777777'));
    const ids = spans.map((s) => s.categoryId).join(' ');
    if (layered) {
      const all = spans
        .map((s, i) => ({ i, lane: lanes.get(s.coderId ?? '') ?? { lane: lanes.size, name: 'unknown coder' } }))
        .sort((a, b) => a.lane.lane - b.lane.lane || a.i - b.i);
      const bands = all.slice(0, MAX_BANDS);
      const images = bands.map((b) => laneImage(b.lane.lane, colours[b.i])).join(', ');
      const positions = bands.map((_, k) => (k === 0 ? '0 100%' : `0 calc(100% - ${k * PITCH}px)`)).join(', ');
      const named = all.map((b) => `${labels[b.i]} (${b.lane.name})`);
      return {
        class: 'hl hl-layers',
        style: `background-color: ${tint(colours[bands[0].i], 0.08 * Math.min(spans.length, 4))}; background-image: ${images}; background-position: ${positions}; padding-bottom: ${bands.length * PITCH}px`,
        title: spans.length === 1 ? named[0] : `${spans.length} annotations: ${named.join(', ')}${all.length > MAX_BANDS ? ` (the first ${MAX_BANDS} drawn)` : ''}`,
        'data-categories': ids,
        'data-coders': bands.map((b) => spans[b.i].coderId ?? '').join(' '),
      };
    }
    if (spans.length === 1) {
      const style = UNDERLINE_STYLES[(entries[0]?.index ?? 0) % UNDERLINE_STYLES.length];
      const retired = entries[0]?.category.retired ?? true;
      return {
        class: `hl${retired ? ' hl-retired' : ''}`,
        style: `background-color: ${tint(colours[0], 0.16)}; text-decoration: underline ${retired ? 'dotted' : style} ${colours[0]}; text-decoration-thickness: 2px; text-underline-offset: 3px`,
        title: labels[0],
        'data-categories': ids,
      };
    }
    const bands = colours.slice(0, 6).map((c, i) => `inset 0 -${(i + 1) * 3}px 0 ${c}`);
    return {
      class: 'hl hl-overlap',
      style: `background-color: ${tint(colours[0], 0.1 * Math.min(spans.length, 4))}; box-shadow: ${bands.join(', ')}; padding-bottom: ${spans.length * 3}px`,
      title: `${spans.length} annotations: ${labels.join(', ')}`,
      'data-categories': ids,
    };
  };
}
