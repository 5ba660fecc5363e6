import { decodeUtf8, findDuplicateKeys, parseJsonSource } from '../../src/config/json-source.js';

describe('parseJsonSource', () => {
  it('locates values and keys by JSON path', () => {
    const text = '{\n  "lxc_configs": {\n    "950": { "memory_mb": 4096 }\n  }\n}\n';
    const { source, diagnostics } = parseJsonSource('c.json', text);
    expect(diagnostics).toEqual([]);
    expect(source.locate(['lxc_configs', '950', 'memory_mb'])).toEqual({ line: 3, column: 27 });
    expect(source.locate(['lxc_configs', '950', 'memory_mb'], 'key')).toEqual({ line: 3, column: 14 });
    // a missing leaf falls back to the nearest existing ancestor
    expect(source.locate(['lxc_configs', '950', 'cores'])).toEqual({ line: 3, column: 12 });
  });

  it('reports trailing commas at their position', () => {
    const { diagnostics } = parseJsonSource('c.json', '{\n  "a": 1,\n}\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      line: 2,
      column: 9,
      rule: 'PHX-JSON-SYNTAX',
      message: expect.stringContaining('trailing comma'),
    });
  });

  it('reports duplicate keys that JSON.parse accepts silently', () => {
    const { diagnostics } = parseJsonSource('c.json', '{\n  "a": 1,\n  "a": 2\n}');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 3,
        column: 3,
        rule: 'PHX-JSON-DUPLICATE-KEY',
        message: expect.stringContaining('line 2'),
      }),
    ]);
  });

  it('reports empty and truncated files', () => {
    expect(parseJsonSource('c.json', '  \n').diagnostics[0]).toMatchObject({
      rule: 'PHX-JSON-SYNTAX',
      message: expect.stringContaining('empty'),
    });
    const t = parseJsonSource('c.json', '{\n  "a": {\n    "b": 1\n');
    expect(t.diagnostics[0]).toMatchObject({ rule: 'PHX-JSON-SYNTAX', line: 3 });
    expect(t.source.value).toBeUndefined();
  });

  it('names the first invalid UTF-8 byte', () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "name": "'), Buffer.from([0xff]), Buffer.from('"\n}')]);
    const r = decodeUtf8('c.json', bytes);
    expect(r.text).toBeUndefined();
    expect(r.diagnostic).toMatchObject({ line: 2, column: 12, rule: 'PHX-JSON-ENCODING' });
  });
});

describe('findDuplicateKeys', () => {
  it('tracks nesting, arrays and escaped quotes', () => {
    const text = '{"a":{"x":1,"y":"}\\"{","x":2},"b":[{"k":1},{"k":2}],"c\\u0041":1,"cA":2}';
    expect(findDuplicateKeys(text).map((d) => d.key)).toEqual(['x', 'cA']);
  });

  it('finds nothing in distinct keys across sibling objects', () => {
    expect(findDuplicateKeys('[{"a":1},{"a":2}]')).toEqual([]);
  });
});
