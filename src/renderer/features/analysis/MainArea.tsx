import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Category } from '../../../shared/model';
import { ReadingView } from '../reading/ReadingView';
import type { ReadingTarget } from '../reading/reading-target';
import { ConcordanceView } from '../search/ConcordanceView';
import { CodedSegmentsView } from './CodedSegmentsView';
import { CooccurrenceView } from './CooccurrenceView';
import { SequencesView } from './SequencesView';
import { SpeakersView } from './SpeakersView';
import { LibraryIndex } from '../search/library-index';
import type { Workspace } from '../workspace/workspace';
import type { MainView } from './main-views';
import { ViewTabs } from './ViewTabs';

interface Props {
  workspace: Workspace;
  categories: Category[];
  view: MainView;
  onView(view: MainView): void;
  reading: ReadingTarget;
  onReviewSpeakers(): void;
}

/**
 * The main area: the view switch, then the reader or one of the views over the library. A view
 * over the library, once opened, stays (hidden) while the reader is shown, so that its search
 * and choices are there when you come back from a jump to the text.
 */
export function MainArea({ workspace, categories, view, onView, reading, onReviewSpeakers }: Props) {
  // The library's search index is built at start, in its worker, and follows every change.
  const index = useMemo(() => new LibraryIndex(workspace), [workspace]);
  useEffect(() => index.start(), [index]);
  const [visited, setVisited] = useState<ReadonlySet<MainView>>(new Set([view]));
  useEffect(() => setVisited((v) => (v.has(view) ? v : new Set([...v, view]))), [view]);

  const show = useCallback(
    (documentId: string, range: { start: number; end: number }) => {
      onView('reader');
      reading.show(documentId, range);
      if (workspace.document?.id !== documentId) void workspace.open(documentId);
    },
    [workspace, reading, onView],
  );

  const views: Partial<Record<MainView, ReactNode>> = {
    concordance: <ConcordanceView workspace={workspace} categories={categories} index={index} onShow={show} />,
    segments: <CodedSegmentsView workspace={workspace} categories={categories} onShow={show} />,
    cooccurrence: <CooccurrenceView workspace={workspace} categories={categories} />,
    sequences: <SequencesView workspace={workspace} categories={categories} onShow={show} />,
    speakers: <SpeakersView workspace={workspace} categories={categories} />,
  };

  return (
    <main className="app-main">
      <ViewTabs view={view} onView={onView} />
      <div className="main-view">
        {view === 'reader' &&
          (workspace.document && workspace.session ? (
            <ReadingView
              key={workspace.document.id}
              workspace={workspace}
              document={workspace.document}
              session={workspace.session}
              categories={categories}
              reading={reading}
              onReviewSpeakers={onReviewSpeakers}
            />
          ) : (
            <p className="empty">Choose a document in the library, or import one (File → Import documents…, or drop files on the window).</p>
          ))}
        {(Object.keys(views) as MainView[]).map(
          (id) =>
            visited.has(id) && (
              <div key={id} className="main-view-page" hidden={view !== id}>
                {views[id]}
              </div>
            ),
        )}
      </div>
    </main>
  );
}
