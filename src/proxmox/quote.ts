/**
 * POSIX shell quoting for commands that travel as one string (SSH). Every argument is wrapped in
 * single quotes; embedded single quotes become '\''. NUL bytes cannot be passed in an argv at all,
 * so they are refused rather than silently truncated.
 */
export function shellQuote(arg: string): string {
  if (arg.includes('\0'))
    throw new Error('a command argument contains a NUL byte, which no host command can receive');
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function shellJoin(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}

/**
 * The argv of a string `shellJoin` built (every word single-quoted, one space between words);
 * undefined for any other shell text, which is never taken apart here.
 */
export function shellSplit(text: string): string[] | undefined {
  const words: string[] = [];
  const word = /'((?:[^']|'\\'')*)'(?: |$)/y;
  while (word.lastIndex < text.length) {
    const at = word.lastIndex;
    const m = word.exec(text);
    if (!m || m.index !== at) return undefined;
    words.push(m[1]!.replace(/'\\''/g, "'"));
  }
  return words.length ? words : undefined;
}
