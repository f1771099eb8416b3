/**
 * The part of the WHATWG `TextDecoder` the format readers use. The shared code is compiled
 * without the DOM and Node type libraries, so the decoder is typed here and taken from
 * `globalThis` (present in every browser and in Node 20 with full ICU). A module rather than a
 * global declaration, so it does not clash with the DOM or Node typings in other projects.
 */

/** Options of the `TextDecoder` constructor that the readers use. */
export interface TextDecoderOptions {
  /** Throw on malformed input instead of inserting U+FFFD. */
  fatal?: boolean;
  /** Keep a leading byte-order mark in the output. */
  ignoreBOM?: boolean;
}

/** A decoder for one encoding. */
export interface TextDecoderLike {
  /** The canonical WHATWG name of the encoding, e.g. `windows-1251`. */
  readonly encoding: string;
  /** Decodes a byte sequence; with `stream`, a character split across calls is kept for the next. */
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/** The `TextDecoder` constructor; throws a RangeError for an unknown label. */
export interface TextDecoderConstructor {
  new (label?: string, options?: TextDecoderOptions): TextDecoderLike;
}
