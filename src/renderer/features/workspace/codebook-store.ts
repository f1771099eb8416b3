import { sortCategories } from '../../../shared/codebook';
import type { Category } from '../../../shared/model';
import { RecordStore } from './record-store';

/**
 * The codebook held in memory, in codebook order. It is loaded from the database and then
 * follows every edit the history applies, at once, so that the toolbar, the editor and the
 * panel never show a codebook older than the last action (reading it back from the database
 * after each write let a quick second edit start from stale values).
 */
export class CodebookStore extends RecordStore<Category> {
  constructor() {
    super(sortCategories);
  }
}
