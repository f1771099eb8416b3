import { codeMapSvg, type CodeMapBy, type CodeMapLane } from '../../../shared/pictures/code-map';
import { savePng, saveSvg } from '../analysis/picture-export';
import type { Workspace } from '../workspace/workspace';

interface Props {
  workspace: Workspace;
  title: string;
  length: number;
  by: CodeMapBy | 'off';
  onBy(by: CodeMapBy | 'off'): void;
  lanes: readonly CodeMapLane[];
  /** Speakers can be chosen only in a transcript. */
  hasTurns: boolean;
}

/** What the code map shows (categories, coders, speakers, or nothing), and its SVG and PNG exports. */
export function CodeMapControls({ workspace, title, length, by, onBy, lanes, hasTurns }: Props) {
  const svg = () => codeMapSvg(lanes, length, `Code map of “${title}” by ${by}`);
  const failed = (e: unknown) => workspace.failed(e, 'Saving the picture');
  return (
    <div className="code-map-controls">
      <label className="field inline">
        <span>Code map</span>
        <select value={by} onChange={(e) => onBy(e.target.value as CodeMapBy | 'off')}>
          <option value="category">categories</option>
          <option value="coder">coders</option>
          {hasTurns && <option value="speaker">speakers</option>}
          <option value="off">off</option>
        </select>
      </label>
      {lanes.length > 0 && (
        <>
          <button type="button" aria-label="Export the code map as SVG" onClick={() => void saveSvg(workspace, `code-map ${title}`, svg()).catch(failed)}>
            SVG
          </button>
          <button type="button" aria-label="Export the code map as PNG" onClick={() => void savePng(workspace, `code-map ${title}`, svg()).catch(failed)}>
            PNG
          </button>
        </>
      )}
    </div>
  );
}
