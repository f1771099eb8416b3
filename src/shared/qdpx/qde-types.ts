/**
 * The records `read-project.ts` makes of a REFI-QDA project's elements, before any text is
 * looked at. GUIDs are normalised (`guid.ts`); everything keyed by a GUID is a Map.
 */
import type { NotCarriedList } from './not-carried';

/** A user of the project: a coder. */
export interface QdeUser {
  guid: string;
  name: string;
}

/** A code of the codebook, flattened in document order with its parent's GUID. */
export interface QdeCode {
  guid: string;
  name: string;
  /** The `color` attribute as written, or null. */
  colour: string | null;
  description: string;
  codable: boolean;
  parent: string | null;
}

/** One coding of a selection: a code applied by a user. */
export interface QdeCoding {
  guid: string | null;
  codeGuid: string | null;
  user: string | null;
  created: string | null;
}

/** A `PlainTextSelection`: a span with its codings, memo and notes. */
export interface QdeSelection {
  guid: string | null;
  /** The `name` attribute: packages often write the quote (or its start) here. */
  name: string;
  start: number;
  end: number;
  user: string | null;
  created: string | null;
  modifyingUser: string | null;
  modified: string | null;
  description: string;
  codings: QdeCoding[];
  noteRefs: string[];
}

/** A text the workbench can read: a `TextSource`, or a PDF source's plain-text representation. */
export interface QdeTextSource {
  guid: string;
  name: string;
  /** Where it came from, for the report. */
  kind: 'text' | 'pdf';
  plainTextPath: string | null;
  richTextPath: string | null;
  /** Inline `PlainTextContent`, or null. */
  content: string | null;
  user: string | null;
  created: string | null;
  selections: QdeSelection[];
}

/** A `Note`: text (inline or in an internal file) that selections or links may refer to. */
export interface QdeNote {
  guid: string;
  content: string | null;
  plainTextPath: string | null;
}

/** A project's records. */
export interface QdeProject {
  name: string;
  origin: string;
  users: Map<string, QdeUser>;
  codes: QdeCode[];
  sources: QdeTextSource[];
  notes: Map<string, QdeNote>;
  /** `Links` between two items (NVivo links a note to the selection it comments on). */
  links: { from: string; to: string; name: string }[];
  notCarried: NotCarriedList;
  problems: string[];
}
