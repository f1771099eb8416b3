/**
 * The sample shown on first run: a short fictional press briefing written for this project.
 * It has speaker turns ("Name: …"), curly quotes, a line in Cyrillic, a line in Greek and an
 * emoji, so Unicode handling is exercised from the first minute.
 */
export const SAMPLE_TITLE = 'Sample: Harbour Ministry press briefing';

export const SAMPLE_TEXT = `Press briefing of the Ministry of Harbours, 14 March
Spokesperson Mara Lindqvist: Good afternoon. The minister spoke with her counterpart in Veltria this morning for just over an hour.
Spokesperson Mara Lindqvist: The ferry agreement has lapsed because Veltria never delivered the safety reports it promised in January.
Question: Is the ministry accusing Veltria of breaking the agreement?
Spokesperson Mara Lindqvist: We are saying what the record shows. The “inspections” they describe did not take place, and they know it.
Spokesperson Mara Lindqvist: We propose a joint inspection team that starts work in April, with observers from both coast guards.
Question: What happens if Veltria refuses?
Spokesperson Mara Lindqvist: Then we demand that every Veltrian ferry stays in port until the reports are on the table. 🚢
Question: A Veltrian newspaper printed the minister’s words in Russian. Can you confirm the quote?
Spokesperson Mara Lindqvist: The quote was «Мы готовы к диалогу, но не к ультиматумам», which means “we are ready for dialogue, but not for ultimatums.”
Question: And the Greek delegation?
Spokesperson Mara Lindqvist: Their note said «Η ασφάλεια έρχεται πρώτα» — safety comes first — and we agree with that.
Spokesperson Mara Lindqvist: Thank you, that is all for today.
`;
