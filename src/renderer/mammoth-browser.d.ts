/** The part of mammoth's browser build the renderer uses (the package ships no types for it). */
declare module 'mammoth/mammoth.browser' {
  export function extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}
