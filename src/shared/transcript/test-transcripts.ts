/**
 * Transcripts written for the tests (used by `*.test.ts` only), one per speaker convention.
 * The first is modelled on an official press-briefing page as it arrives when copied from a
 * website: page chrome at the top, a title and a lead paragraph with no-break spaces, a
 * long speaker label with a title ("Aide to the Minister …") that later turns use in short,
 * continuation paragraphs, a closing date and "scroll to top". All text is fictional.
 */

const NBSP = '\u00a0';

/** A press briefing with `Name:` labels (NBSPs inside the first label, as on the real pages). */
export const BRIEFING = [
  'View settings',
  '',
  'Font size:',
  'Site colours:',
  '',
  '',
  'Official website of the Ministry of Harbours',
  '',
  `Briefing by${NBSP}Aide to${NBSP}the${NBSP}Minister Tomas Aberg following a${NBSP}telephone conversation`,
  '',
  'March 14, 2024',
  '',
  `Tomas Aberg briefed the media on${NBSP}the call between the${NBSP}two ministers.`,
  '',
  '* * *',
  '',
  `Aide to${NBSP}the${NBSP}Minister Tomas Aberg: Good evening! The conversation lasted an hour.`,
  '',
  'It was held at the request of Veltria. The tone was businesslike.',
  '',
  'Thank you.',
  '',
  'Question: Did the ministers discuss the ferry contracts? Were “guarantees” mentioned?',
  '',
  'Tomas Aberg: No, they did not. We have made our position known 🚢.',
  '',
  'Question: Will they speak again?',
  '',
  'Tomas Aberg: Like I said, contacts will continue at all levels.',
  '',
  'Thank you.',
  '',
  'March 14, 2024',
  '',
  'scroll to top',
].join('\n');

/** The same exchange as a Q/A interview. */
export const QA_INTERVIEW = [
  'Interview with the harbour master, 2 May',
  '',
  'Q: How many ferries left port today?',
  'A: Eleven. Two stayed because of the wind.',
  'The wind was over forty knots.',
  'Q. And tomorrow?',
  'A. We expect all of them to sail.',
].join('\n');

/** A transcript with timestamps before the speakers' names. */
export const TIMESTAMPED = [
  'Recording 7 (council meeting)',
  '[00:00:05] Chair: Let us begin.',
  '[00:01:23] Мария Иванова: Совет должен принять бюджет.',
  '',
  '[00:02:10] Chair: Thank you. Next item.',
  '00:03:00 Speaker 2: I object to the agenda.',
].join('\n');

/** A parliamentary record with speakers in capitals and a full stop. */
export const CAPS_RECORD = [
  'HOUSE OF DELEGATES, SITTING OF 3 JUNE',
  '',
  'THE SPEAKER. Order, order. The delegate for Veltria.',
  'Mr. BERGSTROM. I rise to ask about the harbour fees.',
  'They have doubled in a year.',
  'THE SPEAKER. The minister.',
  'MS LINDQVIST. The fees follow the costs.',
].join('\n');

/** A plain news report: no line is a speaker label (one line merely looks like one). */
export const NEWS_REPORT = [
  'Ferry talks called “businesslike”',
  '',
  'The call came hours after the ferries were ordered to stay in port.',
  '',
  'Note: the ministry did not comment further.',
].join('\n');
