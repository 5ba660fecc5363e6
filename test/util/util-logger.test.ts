/**
 * The terminal side of the Logger seam (src/util/logger.ts) as apply's progress uses it: a group
 * is a heading line, with the elapsed-time stamp in front, and its block keeps its own indentation.
 */
import { createConsoleLogger, logGroup } from '../../src/util/logger.js';

function sink(): { out: string; err: string; stdout: (t: string) => void; stderr: (t: string) => void } {
  const s = {
    out: '',
    err: '',
    stdout: (t: string) => void (s.out += t),
    stderr: (t: string) => void (s.err += t),
  };
  return s;
}

describe('terminal logger', () => {
  it('writes a group as a stamped heading and its body as given when groups are not indented', () => {
    const io = sink();
    const log = createConsoleLogger(io, { indentGroups: false });
    log.info('[   0.1s] ct/950 web: update');
    logGroup(log, 'ct/950 web: ok in 1.2s', '      start      0.3s\n    warning: slow', {
      stamp: '[   1.3s]',
    });
    log.info('after');
    expect(io.out).toBe(
      '[   0.1s] ct/950 web: update\n[   1.3s] ct/950 web: ok in 1.2s\n      start      0.3s\n    warning: slow\nafter\n',
    );
    expect(io.err).toBe('');
  });

  it('indents group contents by default, stamped or not', () => {
    const io = sink();
    const log = createConsoleLogger(io);
    log.startGroup('outer', { stamp: '[   2.0s]' });
    log.info('inside');
    log.endGroup();
    log.info('outside');
    expect(io.out).toBe('[   2.0s] outer\n  inside\noutside\n');
  });
});
