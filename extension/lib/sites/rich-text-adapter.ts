import { contentEditableText } from './contenteditable-text';
import { insertRichText, insertTextarea, replaceRichText, replaceTextarea } from './editor-io';
import type { SiteAdapter } from './site-adapter';

/** Text I/O for a composer that may be a rich-text editor or (older page versions) a textarea. */
export const readComposer = (composer: Element): string =>
  composer instanceof HTMLTextAreaElement ? composer.value : contentEditableText(composer);

export const composerIo: Pick<SiteAdapter, 'readText' | 'writeText' | 'insertText'> = {
  readText: readComposer,
  writeText: (composer, text) =>
    composer instanceof HTMLTextAreaElement ? replaceTextarea(composer, text) : replaceRichText(composer, text, readComposer),
  insertText: (composer, text) =>
    composer instanceof HTMLTextAreaElement ? insertTextarea(composer, text) : insertRichText(composer, text, readComposer),
};
