/**
 * Writing SVG pictures as text, for papers: a standalone document with a title and a
 * description (what the picture shows, for screen readers and for the figure caption), every
 * piece of library text escaped.
 */
import { escapeAttribute, escapeText } from '../qdpx/xml-write';

/** An element with attributes (values escaped) and content (already SVG). */
export function el(name: string, attributes: Record<string, string | number | undefined>, content = ''): string {
  let out = `<${name}`;
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined) out += ` ${k}="${escapeAttribute(String(v))}"`;
  return content === '' ? `${out}/>` : `${out}>${content}</${name}>`;
}

/** Text content, escaped. */
export function text(value: string): string {
  return escapeText(value);
}

/** A whole SVG document of `width` × `height` user units. */
export function svgDocument(width: number, height: number, title: string, description: string, body: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" role="img" aria-labelledby="t d" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif">`,
    el('title', { id: 't' }, text(title)),
    el('desc', { id: 'd' }, text(description)),
    el('rect', { width: '100%', height: '100%', fill: '#ffffff' }),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Roughly how wide a label is, in user units at `size` (no fonts to measure with here). */
export function textWidth(label: string, size: number): number {
  return [...label].length * size * 0.58;
}

/** A label cut to about `width` user units, with an ellipsis. */
export function fit(label: string, width: number, size: number): string {
  const chars = [...label];
  const max = Math.max(1, Math.floor(width / (size * 0.58)));
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

/** A colour between white and `hex` at share `t` (0–1), as `#rrggbb`. */
export function shade(hex: string, t: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 + (c - 255) * Math.max(0, Math.min(1, t)));
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

/** Black or white, whichever reads better on the background `hex`. */
export function inkOn(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const lum = 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
  return lum > 150 ? '#1d1d1f' : '#ffffff';
}
