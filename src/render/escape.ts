// User input echoed back is shown as text: it can neither format nor ping.
import { clip } from './limits';

/** Plain one-line text: control, zero-width and bidirectional characters removed, markdown escaped, mentions broken. */
export function escapeUserText(input: string, max = 80): string {
  const plain = input
    .slice(0, max * 4)
    // Control (\p{Cc}) and format characters: zero-width, bidirectional overrides, BOM.
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clip(plain, max)
    .replace(/[\\*_~`|>#[\]()-]/g, (c) => `\\${c}`)
    .replace(/[@<:]/g, (c) => `${c}\u200b`);
}
