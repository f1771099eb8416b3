import { memo, useId } from 'react';
import type { Difference } from '../../../shared/compare/compare-layers';
import type { Adjudication, Category } from '../../../shared/model';
import { laneImage } from '../../reader/painter';
import { shorten } from '../reading/tagging';
import { AdjudicationForm, type Decision } from './AdjudicationForm';
import { describeDecision, describeKinds, describeShift } from './describe';

/** One listed place: where it is and what differs there. */
export interface ListedDifference {
  key: string;
  documentId: string;
  documentTitle: string;
  text: string;
  difference: Difference;
}

interface Props {
  item: ListedDifference;
  posInSet: number;
  setSize: number;
  gap: number;
  measureRef(element: HTMLElement | null): (() => void) | undefined;
  expanded: boolean;
  /** The place is in the open document (it can be adjudicated here), else it must be opened first. */
  inOpenDocument: boolean;
  showDocument: boolean;
  decision: Adjudication | null;
  categories: readonly Category[];
  categoryLabel(id: string): string;
  nameOf(coderId: string): string;
  laneOf(coderId: string): number;
  onToggle(item: ListedDifference): void;
  onShow(item: ListedDifference): void;
  onDecide(item: ListedDifference, decision: Decision): void;
}

/**
 * A place where coders differ: its quote, what differs, the decision if any; expanded, each
 * coder's version side by side (category, quote, boundaries against the first version) and the
 * adjudication form.
 */
export const DifferenceItem = memo(function DifferenceItem(props: Props) {
  const { item, decision, nameOf } = props;
  const d = item.difference;
  const detailsId = useId();
  const quote = shorten(item.text.slice(d.start, d.end), 120);
  const kinds = describeKinds(d, nameOf);
  return (
    <li
      ref={props.measureRef}
      data-virtual-key={item.key}
      className={`difference${props.expanded ? ' expanded' : ''}`}
      aria-setsize={props.setSize}
      aria-posinset={props.posInSet}
      aria-label={`${kinds.join('; ')}: ${shorten(item.text.slice(d.start, d.end), 80)}`}
      style={props.gap ? { marginTop: props.gap } : undefined}
    >
      <div className="annotation-head">
        {kinds.map((k) => (
          <span key={k} className="badge">
            {k}
          </span>
        ))}
        <span className={`badge${decision ? (decision.decision === 'unresolved' ? ' warn' : ' done') : ''}`}>{decision ? describeDecision(decision, nameOf) : 'open'}</span>
        {props.showDocument && <span className="meta">{item.documentTitle}</span>}
        <button type="button" className="toggle" aria-expanded={props.expanded} aria-controls={props.expanded ? detailsId : undefined} aria-label={`Versions of “${shorten(quote, 40)}”`} onClick={() => props.onToggle(item)}>
          {props.expanded ? '▴' : '▾'}
        </button>
      </div>
      <button type="button" className="quote" onClick={() => props.onShow(item)} title={props.inOpenDocument ? 'Show in the reader' : `Open “${item.documentTitle}” and show it`}>
        “{quote}”
      </button>
      {props.expanded && (
        <div className="difference-details" id={detailsId}>
          <ul className="versions" aria-label="Versions of the coders">
            {d.versions.map((v) => (
              <li key={v.coderId} className={v.annotation ? '' : 'none'}>
                <span className="coder-mark">
                  <span className="lane-sample" aria-hidden="true" style={{ backgroundImage: laneImage(props.laneOf(v.coderId), 'currentColor') }} />
                  <strong>{nameOf(v.coderId)}</strong>
                </span>
                {v.annotation ? (
                  <>
                    <span>{props.categoryLabel(v.annotation.categoryId)}</span>
                    <q>{shorten(item.text.slice(v.annotation.start, v.annotation.end), 90)}</q>
                  </>
                ) : null}
                <span className="hint">{describeShift(v)}</span>
              </li>
            ))}
          </ul>
          {decision && (
            <p className="decision">
              Decided: {describeDecision(decision, nameOf)} by {nameOf(decision.editorId)}
              {decision.reason ? ` — “${decision.reason}”` : ''}. Deciding again replaces it.
            </p>
          )}
          {props.inOpenDocument ? (
            <AdjudicationForm difference={d} categories={props.categories} nameOf={nameOf} onDecide={(decisionMade) => props.onDecide(item, decisionMade)} />
          ) : (
            <p className="hint">Open “{item.documentTitle}” (click the quote) to adjudicate this place.</p>
          )}
        </div>
      )}
    </li>
  );
});
