/**
 * Annotations written before coders had ids (database schema v3 and older, workspace files of
 * version 1) carry only the coder's name. One rule gives them ids, for the database upgrade and
 * for reading old workspace files and backups alike: the local coder's name gets the local
 * coder's id, every other name its name-based id (`nameCoderId`), so the same name in two files
 * is one layer. The last editor of such an annotation is taken to be its coder.
 */
import type { Annotation, Coder } from '../model';
import { nameCoderId } from './coder-ids';

/** An annotation as stored before coders had ids. */
export type LegacyAnnotation = Omit<Annotation, 'coderId' | 'editorId'> & Partial<Pick<Annotation, 'coderId' | 'editorId'>>;

/** The coder id of a legacy annotation's coder name. */
export function legacyCoderId(name: string, local: Coder | null): string {
  return local !== null && name === local.name ? local.id : nameCoderId(name);
}

/** One legacy annotation with its coder's id and editor filled in (fields already there are kept). */
export function withCoderId(annotation: LegacyAnnotation, local: Coder | null): Annotation {
  const coderId = annotation.coderId ?? legacyCoderId(annotation.coder, local);
  return { ...annotation, coderId, editorId: annotation.editorId ?? coderId };
}

/**
 * The coders that legacy annotations name, in first-appearance order: the local coder (when
 * given) first, then one person per other name, with its name-based id.
 */
export function legacyCoders(annotations: Iterable<Pick<Annotation, 'coder'>>, local: Coder | null): Coder[] {
  const coders = new Map<string, Coder>();
  if (local) coders.set(local.id, local);
  for (const a of annotations) {
    const id = legacyCoderId(a.coder, local);
    if (!coders.has(id)) coders.set(id, { id, name: a.coder, kind: 'person' });
  }
  return [...coders.values()];
}
