/** The views of the main area: the reader, and the views over the whole library. */
export const MAIN_VIEWS = [
  { id: 'reader', label: 'Reader' },
  { id: 'concordance', label: 'Concordance' },
  { id: 'segments', label: 'Coded segments' },
  { id: 'cooccurrence', label: 'Co-occurrence' },
  { id: 'sequences', label: 'Sequences' },
  { id: 'speakers', label: 'Speakers × categories' },
] as const;

/** One view's id. */
export type MainView = (typeof MAIN_VIEWS)[number]['id'];
