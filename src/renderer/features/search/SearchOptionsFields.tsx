import type { SearchOptions } from '../../../shared/search/query';

/** The search options a person can set, with their labels (defaults as `searchOptions`). */
export const SEARCH_OPTION_FIELDS: { key: keyof SearchOptions; label: string }[] = [
  { key: 'caseSensitive', label: 'Match case' },
  { key: 'wholeWord', label: 'Whole words' },
  { key: 'regex', label: 'Regular expression' },
  { key: 'ignoreDiacritics', label: 'Ignore accents' },
  { key: 'nbspAsSpace', label: 'No-break space = space' },
];

interface Props {
  options: SearchOptions;
  onChange(options: SearchOptions): void;
}

/** The checkboxes of the search options, shared by the document search and the library search. */
export function SearchOptionsFields({ options, onChange }: Props) {
  return (
    <>
      {SEARCH_OPTION_FIELDS.map((o) => (
        <label key={o.key} className="check">
          <input type="checkbox" checked={Boolean(options[o.key])} onChange={(e) => onChange({ ...options, [o.key]: e.target.checked })} /> {o.label}
        </label>
      ))}
    </>
  );
}
