// Text shown in Discord is text: it can neither format, link nor ping.
import { clip } from '../knowledge/text.js';

/**
 * Markdown escaped and mentions broken, so a passage or a user's words show as typed. Discord
 * drops a backslash before punctuation, so the reader sees the text unchanged.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>-])/gm, '$1\\$2')
    .replace(/[@<]/g, (c) => `${c}\u200b`);
}

/** Plain one-line user input: control, zero-width and bidirectional characters removed, then escaped. */
export function escapeUserText(input: string, max = 80): string {
  // Control (\p{Cc}) and format characters: zero-width, bidirectional overrides, BOM.
  const plain = input.slice(0, max * 4).replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ').trim();
  return escapeMarkdown(clip(plain, max));
}
