import { tagEdit, type LayerRef, type Stamp } from '../../../shared/annotation-edits';
import type { Edit } from '../../../shared/edit';
import type { Annotation, Category, DocumentRecord } from '../../../shared/model';
import type { KwicRow } from '../../../shared/search/kwic';
import type { TranscriptStructure } from '../../../shared/transcript/structure';
import { spanFor, type TagScope } from './concordance-model';

/** What tagging chosen concordance lines comes to. */
export interface ConcordanceTagging {
  /** One undoable step for all of them; null when nothing is left to tag. */
  edit: Edit | null;
  tagged: number;
  /** Lines whose span is already coded so by this coder, or is the span of an earlier line. */
  duplicates: number;
  /** Lines outside any turn, when turns were asked for. */
  outside: number;
}

const NOUNS: Record<TagScope, [string, string]> = { hit: ['hit', 'hits'], sentence: ['sentence', 'sentences'], turn: ['turn', 'turns'] };

/**
 * Tags each chosen line's hit, sentence or turn with `category` as one edit. A span is tagged
 * once however many lines lead to it (two hits in one sentence), and not again where this coder
 * already has an annotation of the category on exactly that span.
 */
export function concordanceTagEdit(
  lines: readonly KwicRow[],
  scope: TagScope,
  category: Category,
  context: {
    documents: ReadonlyMap<string, DocumentRecord>;
    structures: ReadonlyMap<string, TranscriptStructure | null>;
    annotations: ReadonlyMap<string, readonly Annotation[]>;
  },
  layer: LayerRef,
  stamp: Stamp,
  newId: () => string = () => crypto.randomUUID(),
): ConcordanceTagging {
  const seen = new Set<string>();
  for (const [documentId, list] of context.annotations) {
    for (const a of list) if (a.status === 'placed' && a.categoryId === category.id && a.coderId === layer.id) seen.add(`${documentId}:${a.start}:${a.end}`);
  }
  const changes: Edit['annotations'] = [];
  let duplicates = 0;
  let outside = 0;
  for (const line of lines) {
    const document = context.documents.get(line.documentId);
    if (!document) continue;
    const span = spanFor(line, scope, document.text, context.structures.get(line.documentId) ?? null);
    if (!span || span.end <= span.start) {
      outside++;
      continue;
    }
    const key = `${document.id}:${span.start}:${span.end}`;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    changes.push(...tagEdit(document, span.start, span.end, category, newId(), layer, stamp).annotations);
  }
  const n = changes.length;
  const edit: Edit | null = n ? { label: `Tag ${n} ${NOUNS[scope][n === 1 ? 0 : 1]} as ${category.label}`, annotations: changes, categories: [] } : null;
  return { edit, tagged: n, duplicates, outside };
}
