import { useId, useState } from 'react';
import type { AdjudicationChoice } from '../../../shared/adjudication/adjudicate';
import type { Difference } from '../../../shared/compare/compare-layers';
import type { Category } from '../../../shared/model';

/** What the form hands over: the choice (a written version takes the reader's selection), the reason, the rule's category. */
export interface Decision {
  choice: AdjudicationChoice | { decision: 'written'; categoryId: string };
  reason: string;
  /** Save the reason as a coding rule of this category; null for no rule. */
  ruleCategoryId: string | null;
}

interface Props {
  difference: Difference;
  categories: readonly Category[];
  nameOf(coderId: string): string;
  onDecide(decision: Decision): void;
}

/**
 * Deciding one place: accept a coder's version, write a new one (the reader's selection, with a
 * category), or mark it unresolved; an optional reason, which can be saved as a coding rule of a
 * category with the place's quote as its example.
 */
export function AdjudicationForm({ difference, categories, nameOf, onDecide }: Props) {
  const id = useId();
  const active = categories.filter((c) => !c.retired);
  const firstCategory = difference.versions.find((v) => v.annotation)?.annotation?.categoryId ?? active[0]?.id ?? '';
  const [pick, setPick] = useState<string>(`accept:${difference.versions[0].coderId}`);
  const [category, setCategory] = useState(firstCategory);
  const [reason, setReason] = useState('');
  const [asRule, setAsRule] = useState(false);
  const [ruleCategory, setRuleCategory] = useState(firstCategory);
  const acceptedCategory = pick.startsWith('accept:') ? difference.versions.find((v) => `accept:${v.coderId}` === pick)?.annotation?.categoryId : null;
  return (
    <form
      className="adjudication"
      aria-label="Adjudicate this place"
      onSubmit={(e) => {
        e.preventDefault();
        const choice: Decision['choice'] = pick.startsWith('accept:')
          ? { decision: 'accepted', coderId: pick.slice('accept:'.length) }
          : pick === 'written'
            ? { decision: 'written', categoryId: category }
            : { decision: 'unresolved' };
        onDecide({ choice, reason: reason.trim(), ruleCategoryId: asRule && reason.trim() ? ruleCategory : null });
      }}
    >
      <fieldset>
        <legend>Decision</legend>
        {difference.versions.map((v) => (
          <label key={v.coderId}>
            <input type="radio" name={`${id}-pick`} checked={pick === `accept:${v.coderId}`} onChange={() => setPick(`accept:${v.coderId}`)} />
            Accept {nameOf(v.coderId)}'s version{v.annotation ? '' : ' (marks nothing here)'}
          </label>
        ))}
        <label>
          <input type="radio" name={`${id}-pick`} checked={pick === 'written'} onChange={() => setPick('written')} />
          Write a new version: the text selected in the reader, as
        </label>
        <select aria-label="Category of the new version" value={category} disabled={pick !== 'written'} onChange={(e) => setCategory(e.target.value)}>
          {active.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <label>
          <input type="radio" name={`${id}-pick`} checked={pick === 'unresolved'} onChange={() => setPick('unresolved')} />
          Mark as unresolved
        </label>
      </fieldset>
      <label className="field">
        <span>Reason (optional)</span>
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label className="rule-choice">
        <input
          type="checkbox"
          checked={asRule}
          disabled={reason.trim() === ''}
          onChange={(e) => {
            setAsRule(e.target.checked);
            if (acceptedCategory) setRuleCategory(acceptedCategory);
          }}
        />
        Save the reason as a coding rule of
      </label>
      <select aria-label="Category of the rule" value={ruleCategory} disabled={!asRule || reason.trim() === ''} onChange={(e) => setRuleCategory(e.target.value)}>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <div className="annotation-actions">
        <button type="submit">Decide</button>
      </div>
    </form>
  );
}
