import type { Workspace } from '../workspace/workspace';

/** A picture's SVG text as a `data:` URL, for an `<img>` (its own document: nothing in it runs). */
export function svgUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Saves a picture as SVG. */
export async function saveSvg(workspace: Workspace, name: string, svg: string): Promise<void> {
  const saved = await workspace.platform.saveFile(`${name}.svg`, 'svg', svg);
  if (!saved.ok) throw new Error(saved.error);
  if (saved.value) workspace.say(`Saved the picture to ${saved.value}.`);
}

/** Pixels per SVG unit in the PNG (sharp enough for print at a column's width). */
const PNG_SCALE = 2;

/** The SVG drawn into a canvas and encoded as PNG bytes. */
export async function pngOf(svg: string): Promise<Uint8Array> {
  const image = new Image();
  image.src = svgUrl(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(image.naturalWidth * PNG_SCALE);
  canvas.height = Math.ceil(image.naturalHeight * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the picture.');
  context.scale(PNG_SCALE, PNG_SCALE);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be encoded as PNG.');
  return new Uint8Array(await blob.arrayBuffer());
}

/** Saves a picture as PNG. */
export async function savePng(workspace: Workspace, name: string, svg: string): Promise<void> {
  const saved = await workspace.platform.saveBinaryFile(`${name}.png`, 'png', await pngOf(svg));
  if (!saved.ok) throw new Error(saved.error);
  if (saved.value) workspace.say(`Saved the picture to ${saved.value}.`);
}
