/** Colour in the terminal logger: only on a TTY, off with NO_COLOR (any non-empty value) or --no-color. */
import { colorEnabled, createConsoleLogger } from '../../src/util/logger.js';

describe('colorEnabled', () => {
  it('follows no-color.org and the flag', () => {
    expect(colorEnabled({ isTTY: true, env: {} })).toBe(true);
    expect(colorEnabled({ isTTY: false, env: {} })).toBe(false);
    expect(colorEnabled({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(colorEnabled({ isTTY: true, env: { NO_COLOR: '0' } })).toBe(false);
    expect(colorEnabled({ isTTY: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(colorEnabled({ isTTY: true, env: {}, noColorFlag: true })).toBe(false);
  });
});

describe('createConsoleLogger colour', () => {
  const run = (color?: boolean) => {
    let err = '';
    const log = createConsoleLogger({ stdout: () => undefined, stderr: (t) => (err += t) }, { color });
    log.warning('w');
    log.error('e');
    return err;
  };
  it('paints warning and error prefixes only when asked', () => {
    expect(run(true)).toBe('\x1b[33mwarning:\x1b[0m w\n\x1b[31merror:\x1b[0m e\n');
    expect(run()).toBe('warning: w\nerror: e\n');
  });
});
