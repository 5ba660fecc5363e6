import fc from 'fast-check';
import {
  annotationFromDiagnostic,
  escapeData,
  escapeProperty,
  formatAnnotation,
  formatWorkflowCommand,
  toWorkspacePath,
} from '../../src/github/annotations.js';
import { parseWorkflowCommand } from '../helpers/runner-protocol.js';

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeProperty('C:\\x,y%\n')).toBe('C%3A\\x%2Cy%25%0A');
  });

  it('escapes % first so an existing %0A stays literal text', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(parseWorkflowCommand(`::x::${escapeData('%0A')}`)!.message).toBe('%0A');
  });

  it('round-trips any text through escape and the runner-style parser', () => {
    const samples = ['plain', 'a:b,c', '50%', 'two\nlines\r\n', '%3A%2C literal', '::error::inside', ''];
    for (const s of samples) {
      const line = formatWorkflowCommand(
        'warning',
        [
          ['file', s || 'x'],
          ['title', s || 'x'],
        ],
        s,
      );
      const parsed = parseWorkflowCommand(line)!;
      expect(parsed.command).toBe('warning');
      expect(parsed.message).toBe(s);
      expect(parsed.properties.file).toBe(s || 'x');
      expect(parsed.properties.title).toBe(s || 'x');
      expect(line).not.toMatch(/[\r\n]/);
    }
  });

  it('round-trips arbitrary strings (property-based)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary', minLength: 1 }),
        (message, prop) => {
          const parsed = parseWorkflowCommand(formatWorkflowCommand('error', [['title', prop]], message))!;
          return parsed.message === message && parsed.properties.title === prop;
        },
      ),
    );
  });

  it('puts properties in the order file, line, col, title and drops empty ones', () => {
    expect(
      formatAnnotation({
        level: 'error',
        file: 'config/a.json',
        line: 12,
        col: 5,
        title: 'PHX-IP-DUPLICATE',
        message: 'm',
      }),
    ).toBe('::error file=config/a.json,line=12,col=5,title=PHX-IP-DUPLICATE::m');
    expect(formatAnnotation({ level: 'notice', message: 'no location' })).toBe('::notice::no location');
    expect(
      formatWorkflowCommand(
        'warning',
        [
          ['file', ''],
          ['line', undefined],
          ['col', 0],
        ],
        'x',
      ),
    ).toBe('::warning col=0::x');
  });

  it('escapes a message carrying a colon, comma and newline without breaking the command', () => {
    const line = formatAnnotation({
      level: 'error',
      file: 'config/phoenix_lxc_configs.json',
      line: 3,
      col: 7,
      title: 'PHX-X',
      message: 'IP 10.0.0.5/24, used by 950:\nand 951',
    });
    expect(line).toBe(
      '::error file=config/phoenix_lxc_configs.json,line=3,col=7,title=PHX-X::IP 10.0.0.5/24, used by 950:%0Aand 951',
    );
  });
});

describe('annotation paths', () => {
  it('makes paths relative to the workspace with forward slashes', () => {
    expect(toWorkspacePath('config/a.json', '/w', '/w')).toBe('config/a.json');
    expect(toWorkspacePath('a.json', '/w', '/w/config')).toBe('config/a.json');
    expect(toWorkspacePath('/w/config/a.json', '/w/', '/elsewhere')).toBe('config/a.json');
    expect(toWorkspacePath('./config/../config/a.json', '/w', '/w')).toBe('config/a.json');
  });

  it('keeps a file outside the workspace absolute', () => {
    expect(toWorkspacePath('../other/a.json', '/w', '/w')).toBe('/other/a.json');
    expect(toWorkspacePath('/tmp/x.json', '/w', '/w')).toBe('/tmp/x.json');
  });

  it('maps a diagnostic to one annotation with the rule as title', () => {
    const a = annotationFromDiagnostic(
      {
        file: 'config/phoenix_vm_configs.json',
        line: 4,
        column: 9,
        severity: 'warning',
        rule: 'PHX-GPU',
        message: 'm',
      },
      { workspace: '/repo', cwd: '/repo' },
    );
    expect(a).toEqual({
      level: 'warning',
      message: 'm',
      file: 'config/phoenix_vm_configs.json',
      line: 4,
      col: 9,
      title: 'PHX-GPU',
    });
  });
});
