import type { Category } from '../../../shared/model';
import { ReadingView } from '../reading/ReadingView';
import type { ReadingTarget } from '../reading/reading-target';
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

/** The main area: the view switch, then the reader or one of the views over the library. */
export function MainArea({ workspace, categories, view, onView, reading, onReviewSpeakers }: Props) {
  return (
    <main className="app-main">
      <ViewTabs view={view} onView={onView} />
      <div className="main-view">
        {view === 'reader' ? (
          workspace.document && workspace.session ? (
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
          )
        ) : (
          <p className="empty">This view is not built yet.</p>
        )}
      </div>
    </main>
  );
}
