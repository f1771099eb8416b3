/**
 * The `Codes` of a REFI-QDA export, shared by the project (`CodeBook/Codes`) and the `.qdc`
 * codebook: each category one codable `Code`, with a GUID from its id and a unique name.
 */
import { sortCategories } from '../codebook';
import type { Category } from '../model';
import type { GuidAllocator } from './guid';
import { type Attributes, XmlWriter } from './xml-write';

/** A `#rrggbb` colour, or undefined (the schema's RGBType). */
function colour(value: string): string | undefined {
  return /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.test(value) ? value : undefined;
}

/** One code to write: the category and the unique name it gets. */
export interface CodeEntry {
  category: Category;
  guid: string;
  name: string;
}

/**
 * The codes of a codebook in order, with GUIDs and names made unique (case-insensitively, as
 * the workbench's labels are): a repeated name gets " (2)", " (3)"… Categories that
 * annotations use but `categories` lacks follow, named by their id.
 */
export function codeEntries(categories: readonly Category[], usedIds: Iterable<string>, guids: GuidAllocator): CodeEntry[] {
  const all = sortCategories([...categories]);
  const known = new Set(all.map((c) => c.id));
  for (const id of usedIds) {
    if (known.has(id)) continue;
    known.add(id);
    all.push({ id, label: id, definition: '', colour: '', shortcut: '', order: all.length, retired: false });
  }
  const names = new Set<string>();
  return all.map((category) => {
    const base = category.label.trim() === '' ? category.id : category.label.trim();
    let name = base;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    names.add(name.toLowerCase());
    return { category, guid: guids.take('category', category.id), name };
  });
}

/** Writes `Codes` with one codable `Code` per entry. */
export function writeCodes(xml: XmlWriter, codes: readonly CodeEntry[]): void {
  xml.start('Codes');
  for (const { category, guid, name } of codes) {
    const attributes: Attributes = [
      ['guid', guid],
      ['name', name],
      ['isCodable', 'true'],
      ['color', colour(category.colour)],
    ];
    if (category.definition === '') xml.empty('Code', attributes);
    else xml.start('Code', attributes).text('Description', category.definition).end();
  }
  xml.end();
}
