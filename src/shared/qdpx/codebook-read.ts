/**
 * A REFI-QDA code tree as the workbench's codebook. The workbench's codebook is flat, so the
 * tree is kept beside it: every codable code becomes a category with the path of names above
 * it; a code that is not codable (`isCodable="false"`: a folder of codes) becomes a group,
 * unless codings use it anyway, in which case it is also a category: codings never vanish into
 * a group. Labels must be unique and at most `MAX_LABEL` characters (as `categoryProblem`
 * requires): a repeated name is qualified by its parent's, a long one is cut, and both are
 * reported. Category ids are the codes' GUIDs, so importing the same file twice gives the same
 * ids; matching them to the library's codebook is the plan's job (`plan.ts`).
 */
import { EXTRA_COLOURS } from '../codebook';
import type { Category } from '../model';
import type { QdeCode } from './read-project';

/** A category made from a code, with where it sat in the tree. */
export interface ImportedCategory {
  /** The code's GUID (normalised); also the category's id. */
  guid: string;
  category: Category;
  /** The code's name as written (the label may differ, see the module comment). */
  name: string;
  /** Names of the codes above it, outermost first. */
  path: string[];
  /** True when the file marked it not codable and codings use it anyway. */
  madeCodable: boolean;
  /** True when the file gave the code a colour (otherwise one of the extra colours was picked). */
  colourGiven: boolean;
}

/** A code that only groups others (not codable, no codings). */
export interface ImportedGroup {
  guid: string;
  name: string;
  path: string[];
  description: string;
}

/** The codebook read from a file. */
export interface ImportedCodebook {
  categories: ImportedCategory[];
  groups: ImportedGroup[];
  /** Sentences about labels that were changed. */
  problems: string[];
}

/** The longest label the codebook editor accepts (`categoryProblem`). */
const MAX_LABEL = 60;

/** A file's colour as `#rrggbb`, or null when it is not one (`#rgb` is widened). */
export function colourOf(value: string | null): string | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v;
  if (/^#[0-9a-fA-F]{3}$/.test(v)) return `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}`;
  return null;
}

function cut(label: string): string {
  const chars = Array.from(label);
  return chars.length <= MAX_LABEL ? label : `${chars.slice(0, MAX_LABEL - 1).join('')}…`;
}

/**
 * Converts a flat code list (document order, parents before children) into categories and
 * groups. `used` holds the GUIDs of codes that codings refer to.
 */
export function codebookFromCodes(codes: readonly QdeCode[], used: ReadonlySet<string>): ImportedCodebook {
  const byGuid = new Map(codes.map((c) => [c.guid, c]));
  const pathOf = (code: QdeCode): string[] => {
    const path: string[] = [];
    const seen = new Set<string>();
    for (let p = code.parent; p !== null && !seen.has(p); p = byGuid.get(p)?.parent ?? null) {
      seen.add(p);
      const parent = byGuid.get(p);
      if (!parent) break;
      path.unshift(parent.name.trim());
    }
    return path;
  };
  const categories: ImportedCategory[] = [];
  const groups: ImportedGroup[] = [];
  const problems: string[] = [];
  const labels = new Set<string>();
  for (const code of codes) {
    const path = pathOf(code);
    const isCategory = code.codable || used.has(code.guid);
    if (!isCategory) {
      groups.push({ guid: code.guid, name: code.name, path, description: code.description });
      continue;
    }
    const name = code.name.trim() === '' ? 'Unnamed code' : code.name.trim();
    let label = cut(name);
    if (labels.has(label.toLowerCase()) && path.length > 0) label = cut(`${path[path.length - 1]} / ${name}`);
    const base = label;
    for (let n = 2; labels.has(label.toLowerCase()); n++) label = cut(`${base} (${n})`);
    labels.add(label.toLowerCase());
    if (label !== name) problems.push(`The code “${code.name}” is called “${label}” in the codebook (labels are unique and at most ${MAX_LABEL} characters).`);
    if (!code.codable) problems.push(`The code “${code.name}” is marked as not codable, but codings use it: it is imported as a category so that they are kept.`);
    categories.push({
      guid: code.guid,
      name: code.name,
      path,
      madeCodable: !code.codable,
      colourGiven: colourOf(code.colour) !== null,
      category: {
        id: code.guid,
        label,
        definition: code.description,
        colour: colourOf(code.colour) ?? EXTRA_COLOURS[categories.length % EXTRA_COLOURS.length],
        shortcut: '',
        order: categories.length,
        retired: false,
      },
    });
  }
  return { categories, groups, problems };
}
