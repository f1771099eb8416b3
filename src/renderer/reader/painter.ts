import { sortCategories, UNDERLINE_STYLES } from '../../shared/codebook';
import type { Category } from '../../shared/model';
import type { Painter } from './highlights';

function tint(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * Paints highlights from the codebook. One annotation: a light tint of its colour and an
 * underline in the category's own style (solid, wavy, dashed…), so colour is never the only
 * cue. Several: a tint per layer and stacked coloured bands under the text, one per
 * annotation, so every overlap stays visible. The `title` names the categories on hover.
 */
export function makePainter(categories: readonly Category[]): Painter {
  const sorted = sortCategories(categories);
  const byId = new Map(sorted.map((c, i) => [c.id, { category: c, index: i }]));
  return (spans) => {
    const entries = spans.map((s) => byId.get(s.categoryId));
    const labels = entries.map((e) => (e ? `${e.category.label}${e.category.retired ? ' (retired)' : ''}` : 'unknown category'));
    const colours = entries.map((e) => (e && !e.category.retired ? e.category.colour : '#777777'));
    const ids = spans.map((s) => s.categoryId).join(' ');
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
