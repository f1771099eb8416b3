import { MAIN_VIEWS, type MainView } from './main-views';

interface Props {
  view: MainView;
  onView(view: MainView): void;
}

/** The switch between the reader and the views over the library (also in the Analysis menu). */
export function ViewTabs({ view, onView }: Props) {
  return (
    <nav className="view-tabs" aria-label="Views">
      {MAIN_VIEWS.map((v) => (
        <button key={v.id} type="button" aria-current={v.id === view ? 'page' : undefined} onClick={() => onView(v.id)}>
          {v.label}
        </button>
      ))}
    </nav>
  );
}
