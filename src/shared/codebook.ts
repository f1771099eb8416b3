import type { Category } from './model';
import { HEX_COLOUR } from './patterns';

/**
 * The default codebook. Ids are stable forever; labels and everything else may be edited.
 * Colours are from the Okabe–Ito palette, which readers with the common colour-vision
 * deficiencies can tell apart; each category also has its own underline style (see
 * `UNDERLINE_STYLES`), so colour is never the only cue.
 */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  {
    id: 'claim',
    label: 'claim',
    definition: 'The speaker asserts that something is the case.',
    colour: '#0072B2',
    shortcut: '1',
    order: 0,
    retired: false,
  },
  {
    id: 'accusation',
    label: 'accusation',
    definition: 'The speaker attributes a fault or wrongdoing to someone.',
    colour: '#D55E00',
    shortcut: '2',
    order: 1,
    retired: false,
  },
  {
    id: 'proposal',
    label: 'proposal',
    definition: 'The speaker suggests a course of action for consideration.',
    colour: '#009E73',
    shortcut: '3',
    order: 2,
    retired: false,
  },
  {
    id: 'demand',
    label: 'demand',
    definition: 'The speaker requires an action from someone.',
    colour: '#CC79A7',
    shortcut: '4',
    order: 3,
    retired: false,
  },
];

/** Further colours offered for new categories (Okabe–Ito continued). */
export const EXTRA_COLOURS = ['#E69F00', '#56B4E9', '#F0E442', '#000000'] as const;

/** Underline styles assigned by codebook position, the non-colour cue of each category. */
export const UNDERLINE_STYLES = ['solid', 'wavy', 'dashed', 'double', 'dotted'] as const;

/** Categories sorted by their codebook order. */
export function sortCategories(categories: readonly Category[]): Category[] {
  return [...categories].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Why a category edit is not acceptable, or null. `others` excludes the category itself. */
export function categoryProblem(candidate: Category, others: readonly Category[]): string | null {
  if (candidate.label.trim() === '') return 'A category needs a label.';
  if (candidate.label.length > 60) return 'A category label can be at most 60 characters.';
  if (others.some((o) => o.label.trim().toLowerCase() === candidate.label.trim().toLowerCase()))
    return `There is already a category called “${candidate.label.trim()}”.`;
  if (!HEX_COLOUR.test(candidate.colour)) return 'A colour must look like #1a2b3c.';
  if (candidate.shortcut !== '') {
    if (!/^[0-9a-z]$/.test(candidate.shortcut)) return 'A shortcut is one digit or one lower-case letter.';
    const clash = others.find((o) => !o.retired && o.shortcut === candidate.shortcut);
    if (clash && !candidate.retired) return `The key ${candidate.shortcut} already tags “${clash.label}”.`;
  }
  return null;
}
