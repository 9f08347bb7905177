// A console line's grammar: `/command rest`, the slash optional.
export const LINE = /^\/?(\S+)\s*(.*)$/s;

/** The command a line names, lowercased (`/Quote Name` → quote), or undefined for a blank line. */
export function commandNameOf(line: string): string | undefined {
  return LINE.exec(line.trim())?.[1]?.toLowerCase();
}
