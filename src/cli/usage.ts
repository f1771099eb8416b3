/** The `--help` text of the command line. */

/** Usage of all commands, printed by `workbench --help`. */
export const USAGE = `Usage: workbench <command> [options] FILE…

Works on annotation files and texts without the app. An annotation FILE is anything the app
imports: W3C Web Annotation (a single Annotation, an array, an AnnotationPage or an
AnnotationCollection), or a Hypothesis or Recogito export; search and turns read texts.

Commands:
  validate FILE…
      Checks annotation files and prints each problem, per annotation: what the app
      cannot import, and W3C Web Annotation rules (context, IRIs, UTC times, selectors in
      code points, collection totals). Hypothesis exports get the import checks only.

  convert --to csv|tsv --out DIR [--text DOC…] [--bom] [--crlf] FILE…
      Writes the dataset tables into DIR: segments, documents and codebook (.csv or .tsv).
      Each annotation is matched to a text by content hash or, failing that, by
      re-anchoring. Texts (.txt, .md, .html, .docx; repeat --text for several) give the
      paragraph and speaker columns and check the quotes; without them those columns stay
      empty and each annotation keeps the positions written in its file.
        --to csv|tsv   table format
        --out DIR      directory to write into (created if missing)
        --text DOC     a text the annotations were made on (repeatable)
        --bom          start each table with a byte-order mark (for Excel)
        --crlf         end lines with CRLF instead of LF

  anchor --text DOC --out OUT.json FILE
      Re-anchors the annotations of FILE onto the text DOC and writes them as a W3C
      AnnotationCollection: placed annotations get fresh selectors, orphans keep their quote
      without a position. Prints how many were placed exact, moved, fuzzy, or orphaned.

  agreement --table FILE.csv [--level L] [--weights W] [--json]
  agreement --text DOC [--unit char|sentence|turn|paragraph] [--level L] [--json] FILE…
      Inter-coder agreement. A table has the header unit,CODER1,CODER2,… and one row
      per unit (an empty cell is a missing value; values are labels or numbers): prints
      Krippendorff's alpha with a bootstrap interval, Cohen's kappa (two coders), Fleiss'
      kappa (same number of values per unit), percent agreement, agreement per category
      and the confusion matrix. With --text, FILE… are the coders' W3C files on DOC (coder
      = creator): --unit char (default) gives unitizing alpha per category and overall;
      sentence, turn or paragraph give the figures above on those units.
        --level L      nominal (default), ordinal, interval or ratio (alpha on units)
        --weights W    none (default), linear or quadratic (Cohen's kappa; needs numbers)
        --json         print one JSON object instead of tables

  search [--regex] [--case-sensitive] [--whole-word] [--ignore-diacritics] [--context N]
         [--sort position|left|right] [--json] QUERY FILE…
      Finds QUERY in the texts (.txt, .md, .html, .docx, read as the app imports them) and
      prints a concordance: left context, hit, right context, with the document, turn and
      speaker. Case is ignored and a no-break space counts as a space unless asked otherwise.
        --regex              QUERY is a regular expression (JavaScript, Unicode)
        --case-sensitive     keep upper and lower case apart
        --whole-word         hits begin and end at word boundaries
        --ignore-diacritics  “cafe” also finds “café”
        --context N          characters of context on each side (default 40)
        --sort KEY           position (default), left or right (by the first word beside the
                             hit), left:N or right:N (by the N-th word)
        --json               one JSON object: {"query", "total", "complete", "hits": [{"document",
                             "start", "end", "left", "match", "right", "speaker", "turn"}]};
                             start and end are code points of the text, half-open

  turns [--json] FILE…
      Prints the speaker turns of each text with the app's speaker rule (“Name:”, “Q:”/“A:”,
      “[00:01:23] Name:” or “NAME.”, one convention per text): number, speaker, and range in
      code points. Text before the first turn is not a turn.
        --json   {"documents": [{"document", "convention", "turns": [{"turn", "speaker",
                 "start", "end"}], "speakers": [...]}]}

  qdpx --text DOC… --out OUT.qdpx [--name NAME] FILE…
  qdpx --out OUT.qdc FILE…
  qdpx --read IN.qdpx|IN.qdc --out DIR
      REFI-QDA exchange with ATLAS.ti, MAXQDA, NVivo and QualCoder. With --text, writes the
      annotations of FILE… (one or more coders) on those texts as a project: each text a
      source, each annotation a coded selection by its coder (orphans are left out). With
      OUT.qdc, writes the codebook alone. With --read, writes into DIR each source's text
      (TITLE.txt) and one W3C file per coder (CODER.jsonld), and prints per source which
      unit its positions were read in and how many codings were placed, and what could not
      be carried over (media, variables, sets…).
        --name NAME    the project's name (default: the name of OUT)

Options:
  -h, --help   print this help

Exit codes: 0 success, 1 invalid data, 2 usage error (unknown command or option, missing
argument or file). Nothing is written unless everything succeeds.
`;
