import { timed } from '../capture/test-timings';
import { contentEditableText, readInSlices } from './contenteditable-text';
import { insertRichText, insertTextarea, replaceRichText, replaceTextarea } from './editor-io';
import type { SiteAdapter } from './site-adapter';

/** Text I/O for a composer that may be a rich-text editor or (older page versions) a textarea. */
export const readComposer = timed('read', (composer: Element): string =>
  composer instanceof HTMLTextAreaElement ? composer.value : contentEditableText(composer),
);

export const composerIo: Pick<SiteAdapter, 'readText' | 'readTextInSlices' | 'writeText' | 'insertText'> = {
  readText: readComposer,
  readTextInSlices: async (composer, sliceMs, stale) =>
    composer instanceof HTMLTextAreaElement ? composer.value : readInSlices(composer, sliceMs, stale),
  writeText: (composer, text) =>
    composer instanceof HTMLTextAreaElement ? replaceTextarea(composer, text) : replaceRichText(composer, text, readComposer),
  insertText: (composer, text) =>
    composer instanceof HTMLTextAreaElement ? insertTextarea(composer, text) : insertRichText(composer, text),
};
