import { Schema } from 'prosemirror-model';

/**
 * The reader's schema: `doc > section+ > paragraph+ > text*`. A paragraph is one line of the
 * canonical text; sections group `SECTION_SIZE` paragraphs so that decoration sets stay a shallow
 * tree (a flat `doc > paragraph+` of a book-length transcript makes DecorationSet operations
 * scan tens of thousands of children).
 */
export const readerSchema = new Schema({
  nodes: {
    doc: { content: 'section+' },
    section: {
      content: 'paragraph+',
      toDOM: () => ['div', { class: 'pm-section' }, 0],
    },
    paragraph: {
      content: 'text*',
      // An empty line is drawn as spacing, not as a paragraph's height (`pm-blank`); it is still
      // a paragraph of the document, so every offset stays as it is.
      toDOM: (node) => ['p', { class: node.childCount === 0 ? 'pm-p pm-blank' : 'pm-p' }, 0],
    },
    text: {},
  },
  marks: {},
});
