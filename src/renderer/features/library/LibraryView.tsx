import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { sortCategories } from '../../../shared/codebook';
import type { Category, DocumentRecord } from '../../../shared/model';
import { Dialog } from '../status/Dialog';
import type { Workspace } from '../workspace/workspace';

type SortKey = 'title' | 'lastOpened' | 'size';

interface Props {
  workspace: Workspace;
  categories: Category[];
  openId: string | null;
  onOpen(id: string): void;
  onImport(): void;
  /** The splitter that resizes the library, drawn at its right edge (inside its landmark). */
  splitter?: ReactNode;
}

/** Sizes for the list: characters shown as KB/MB of text. */
function size(text: string): string {
  const kb = text.length / 1024;
  return kb < 1024 ? `${Math.max(1, Math.round(kb))} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

/** The document library: list, filter, sort, open, rename, delete (undoable). */
export function LibraryView({ workspace, categories, openId, onOpen, onImport, splitter }: Props) {
  const documents = useLiveQuery(() => workspace.read.documents(), [workspace]);
  const counts = useLiveQuery(() => workspace.read.libraryCounts(), [workspace]);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortKey>('title');
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const [deleting, setDeleting] = useState<{ document: DocumentRecord; count: number } | null>(null);
  const sorted = useMemo(() => sortCategories(categories), [categories]);

  const rows = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    const list = (documents ?? []).filter((d) => d.title.toLocaleLowerCase().includes(needle));
    const compare: Record<SortKey, (a: DocumentRecord, b: DocumentRecord) => number> = {
      title: (a, b) => a.title.localeCompare(b.title),
      lastOpened: (a, b) => b.lastOpenedAt.localeCompare(a.lastOpenedAt),
      size: (a, b) => b.text.length - a.text.length,
    };
    return list.sort(compare[sort]);
  }, [documents, filter, sort]);

  const rename = async () => {
    if (!renaming) return;
    const document = await workspace.read.document(renaming.id);
    const title = renaming.title.trim();
    setRenaming(null);
    if (!document || !title || title === document.title) return;
    await workspace.run(
      { label: 'Rename document', annotations: [], categories: [], documents: [{ before: document, after: { ...document, title } }] },
      `Renamed to “${title}”.`,
    );
  };

  const remove = async (document: DocumentRecord) => {
    setDeleting(null);
    await workspace.flush();
    const [annotations, structure] = await Promise.all([workspace.read.allAnnotationsOf(document.id), workspace.read.structure(document.id)]);
    await workspace.run(
      {
        label: `Delete “${document.title}”`,
        annotations: annotations.map((a) => ({ before: a, after: null })),
        categories: [],
        documents: [{ before: document, after: null }],
        ...(structure ? { structures: [{ before: structure, after: null }] } : {}),
      },
      `Deleted “${document.title}” and its ${annotations.length} annotation${annotations.length === 1 ? '' : 's'}. Undo with ${workspace.undoKey()}.`,
    );
  };

  return (
    <nav className="library-pane" aria-label="Library">
      <div className="library">
        <div className="library-head">
          <h2>Library</h2>
          <button type="button" onClick={onImport}>
            Import documents…
          </button>
        </div>
        <label className="field">
          <span>Filter by title</span>
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
        <label className="field">
          <span>Sort by</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="title">title</option>
            <option value="lastOpened">last opened</option>
            <option value="size">size</option>
          </select>
        </label>
        {documents === undefined ? (
          <p>Loading…</p>
        ) : rows.length === 0 ? (
          <p className="empty">{documents.length === 0 ? 'The library is empty. Import a document to begin.' : 'No title matches.'}</p>
        ) : (
          <ul className="documents" aria-label="Documents">
            {rows.map((d) => {
              const row = counts?.get(d.id) ?? {};
              const total = Object.values(row).reduce((a, b) => a + b, 0);
              return (
                <li key={d.id} className={d.id === openId ? 'open' : ''} aria-current={d.id === openId || undefined}>
                  {renaming?.id === d.id ? (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        void rename();
                      }}
                    >
                      <label className="field">
                        <span>New title</span>
                        <input
                          autoFocus
                          value={renaming.title}
                          onChange={(e) => setRenaming({ id: d.id, title: e.target.value })}
                          onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                        />
                      </label>
                      <button type="submit">Save title</button>
                    </form>
                  ) : (
                    <button type="button" className="doc-title" onClick={() => onOpen(d.id)}>
                      {d.title}
                    </button>
                  )}
                  <div className="doc-meta">
                    {size(d.text)} · {total} annotation{total === 1 ? '' : 's'}
                    {d.lastOpenedAt ? ` · opened ${new Date(d.lastOpenedAt).toLocaleDateString()}` : ''}
                  </div>
                  {total > 0 && (
                    <ul className="doc-counts" aria-label={`Annotations of ${d.title} by category`}>
                      {sorted
                        .filter((c) => row[c.id])
                        .map((c) => (
                          <li key={c.id}>
                            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
                            {c.label}: {row[c.id]}
                          </li>
                        ))}
                    </ul>
                  )}
                  <div className="doc-actions">
                    <button type="button" onClick={() => setRenaming({ id: d.id, title: d.title })} aria-label={`Rename ${d.title}`}>
                      Rename
                    </button>
                    <button type="button" className="danger" onClick={() => setDeleting({ document: d, count: total })} aria-label={`Delete ${d.title}`}>
                      Delete
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {deleting && (
          <Dialog
            title={`Delete “${deleting.document.title}”?`}
            onClose={() => setDeleting(null)}
            actions={
              <button type="button" className="danger" onClick={() => void remove(deleting.document)}>
                Delete document and {deleting.count} annotation{deleting.count === 1 ? '' : 's'}
              </button>
            }
          >
            <p>
              The document and its {deleting.count} annotation{deleting.count === 1 ? '' : 's'} will be removed from the
              library. You can undo this with {workspace.undoKey()}.
            </p>
          </Dialog>
        )}
      </div>
      {splitter}
    </nav>
  );
}
