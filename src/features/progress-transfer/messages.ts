// What a person reads when a progress link or file cannot be used, keyed by the codecs' error
// codes: the codecs say what went wrong, this feature says it in words.
import type { FileError } from '../../store/file-codec.ts';
import type { LinkError } from '../../store/link-codec.ts';

export const linkMessages: Readonly<Record<LinkError, string>> = {
  empty: 'This link has no progress in it. Make a new link on the device where you ticked your steps.',
  'too-long': 'This link is too long to be a progress link from this checklist, so it was not opened.',
  damaged:
    'This link is damaged: part of it was changed or cut off, so it cannot be read. Copy the whole link again from the device where you made it.',
  newer: 'This link was made by a newer version of the checklist. Reload this page to get the latest version, then open the link again.',
  'unknown-format': 'This is not a progress link from this checklist.',
};

/** Each says that nothing changed: a refused file leaves the progress here as it was. */
export const fileMessages: Readonly<Record<FileError, string>> = {
  'too-long':
    'This file is too big to be a progress file from this checklist (the limit is 64 KB). Choose the file you saved with “Download my progress”. Nothing here has changed.',
  'not-json': 'This file is not a progress file from this checklist: it is not a JSON file. Nothing here has changed.',
  'unknown-format':
    'This file is not a progress file from this checklist. Choose the file you saved with “Download my progress”. Nothing here has changed.',
  newer:
    'This file was made by a newer version of the checklist. Reload this page to get the latest version, then try again. Nothing here has changed.',
  damaged: 'This progress file is damaged or was edited, so it was not used. Nothing here has changed.',
};
