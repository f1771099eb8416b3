import type { Workspace } from '../workspace/workspace';
import { saveSvg, savePng, svgUrl } from './picture-export';

interface Props {
  workspace: Workspace;
  svg: string;
  /** What the picture shows, as its text alternative (the table beside it has the numbers). */
  alt: string;
  /** File name without extension. */
  name: string;
}

/** A picture of a view, with its SVG and PNG exports. The table it draws is its text equivalent. */
export function Picture({ workspace, svg, alt, name }: Props) {
  const failed = (e: unknown) => workspace.failed(e, 'Saving the picture');
  return (
    <figure className="picture">
      <img src={svgUrl(svg)} alt={alt} />
      <figcaption>
        <button type="button" onClick={() => void saveSvg(workspace, name, svg).catch(failed)}>
          Export SVG
        </button>
        <button type="button" onClick={() => void savePng(workspace, name, svg).catch(failed)}>
          Export PNG
        </button>
      </figcaption>
    </figure>
  );
}
