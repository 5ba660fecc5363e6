import { jest } from '@jest/globals';
import * as core from '../helpers/core-fixtures.js';

jest.unstable_mockModule('@actions/core', () => core);
const { createActionsLogger } = await import('../../src/github/logger.js');
const { createConsoleLogger, formatAnnotationAsText, withGroup } = await import('../../src/util/logger.js');

const annotation = {
  level: 'error' as const,
  file: 'config/phoenix_lxc_configs.json',
  line: 7,
  col: 3,
  title: 'PHX-CLONE-SOURCE',
  message: 'clone source 999: missing,\nreally',
};

beforeEach(() => jest.clearAllMocks());

describe('Actions logger', () => {
  it('routes messages and groups to @actions/core', async () => {
    const logger = await createActionsLogger(() => undefined);
    logger.debug('d');
    logger.info('i');
    logger.notice('n');
    logger.warning('w');
    logger.error('e');
    logger.startGroup('g');
    logger.endGroup();
    expect(core.debug).toHaveBeenCalledWith('d');
    expect(core.info).toHaveBeenCalledWith('i');
    expect(core.notice).toHaveBeenCalledWith('n');
    expect(core.warning).toHaveBeenCalledWith('w');
    expect(core.error).toHaveBeenCalledWith('e');
    expect(core.startGroup).toHaveBeenCalledWith('g');
    expect(core.endGroup).toHaveBeenCalledTimes(1);
  });

  it('writes each annotation as one escaped workflow command line', async () => {
    const written: string[] = [];
    const logger = await createActionsLogger((t) => written.push(t));
    logger.annotate(annotation);
    expect(written).toEqual([
      '::error file=config/phoenix_lxc_configs.json,line=7,col=3,title=PHX-CLONE-SOURCE::clone source 999: missing,%0Areally\n',
    ]);
    expect(core.error).not.toHaveBeenCalled();
  });

  it('closes a group even when the work throws', async () => {
    const logger = await createActionsLogger(() => undefined);
    await expect(withGroup(logger, 'boom', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(core.startGroup).toHaveBeenCalledWith('boom');
    expect(core.endGroup).toHaveBeenCalledTimes(1);
  });
});

describe('console logger', () => {
  it('prints gcc-style findings on stdout and problems on stderr, indenting groups', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const logger = createConsoleLogger({ stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
    logger.annotate(annotation);
    await withGroup(logger, 'CT 950', async () => {
      logger.info('started');
      logger.warning('slow');
      logger.debug('hidden without debug');
    });
    logger.info('done');
    expect(out).toEqual([
      'config/phoenix_lxc_configs.json:7:3: error: clone source 999: missing, really [PHX-CLONE-SOURCE]\n',
      'CT 950\n',
      '  started\n',
      'done\n',
    ]);
    expect(err).toEqual(['  warning: slow\n']);
    expect(core.info).not.toHaveBeenCalled();
  });

  it('formats unlocated annotations without a location', () => {
    expect(formatAnnotationAsText({ level: 'notice', message: 'hi' })).toBe('notice: hi');
  });
});
