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
