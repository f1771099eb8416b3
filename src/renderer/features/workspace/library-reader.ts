import type { Repository } from '../../db/repository';

/**
 * What components may ask of the database: reads only. Every write goes through the
 * workspace's history (`Workspace.run` and the import methods), never through this.
 */
export type LibraryReader = Pick<
  Repository,
  'documents' | 'document' | 'documentByHash' | 'libraryCounts' | 'allAnnotationsOf' | 'existingAnnotations' | 'snapshot' | 'getSetting' | 'coders' | 'adjudicationsOf' | 'structure' | 'structures'
>;

/** The read-only face of a repository. */
export function readerOf(repo: Repository): LibraryReader {
  return {
    documents: () => repo.documents(),
    document: (id) => repo.document(id),
    documentByHash: (hash) => repo.documentByHash(hash),
    libraryCounts: () => repo.libraryCounts(),
    allAnnotationsOf: (id) => repo.allAnnotationsOf(id),
    existingAnnotations: (ids) => repo.existingAnnotations(ids),
    snapshot: () => repo.snapshot(),
    getSetting: (key) => repo.getSetting(key),
    coders: () => repo.coders(),
    adjudicationsOf: (id) => repo.adjudicationsOf(id),
    structure: (id) => repo.structure(id),
    structures: () => repo.structures(),
  };
}
