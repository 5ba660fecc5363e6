import {
  expectedMarker,
  formatMarker,
  managedTags,
  parseMarker,
  parseTags,
  renderDescription,
  withFeatureDone,
  EMPTY_MARKER,
  UNKNOWN_HASH,
} from '../../src/plan/markers.js';
import { ct, estate, hashes, TEMPLATE } from '../helpers/plan-fixtures.js';

describe('done-record markers', () => {
  const guest = estate({
    '950': ct('web', {
      template: TEMPLATE,
      features: ['docker', 'base'],
      application_script: 'web.sh',
      firewall: { enabled: true, rules: [{ type: 'in', action: 'ACCEPT', port: '80' }] },
    }),
  }).guests[0];
  const H = hashes({ 'features/docker.sh': '1', 'features/base.sh': '2', 'apps/web.sh': '3' });

  it('records the source, each feature, the app script with config, and the firewall', () => {
    const m = expectedMarker(guest, H);
    expect(m.src).toBe(`ostemplate:${TEMPLATE}`);
    expect(m.features).toEqual({ docker: '1'.repeat(16), base: '2'.repeat(16) });
    expect(m.app).toMatch(/^web\.sh@3{16}\+[0-9a-f]{16}$/);
    expect(m.fw).toMatch(/^[0-9a-f]{16}$/);
  });

  it('uses a placeholder for scripts without a known hash', () => {
    expect(expectedMarker(guest, {}).features.docker).toBe(UNKNOWN_HASH);
  });

  it('round-trips through a description, whatever else the description holds', () => {
    const m = expectedMarker(guest, H);
    expect(parseMarker(renderDescription(m))).toEqual(m);
    expect(parseMarker(`notes by hand\n${formatMarker(m)}\nmore notes\n`)).toEqual(m);
    expect(formatMarker(m)).toMatch(/^phoenix: \{"app":/);
  });

  it('ignores missing, broken or foreign-version records', () => {
    expect(parseMarker(undefined)).toBeUndefined();
    expect(parseMarker('nothing here')).toBeUndefined();
    expect(parseMarker('phoenix: {not json')).toBeUndefined();
    expect(parseMarker('phoenix: {"v":2,"features":{}}')).toBeUndefined();
  });

  it('updates incrementally for apply', () => {
    expect(withFeatureDone(EMPTY_MARKER, 'docker', 'abc').features).toEqual({ docker: 'abc' });
    expect(EMPTY_MARKER.features).toEqual({});
  });

  it('reads Proxmox tag lists and adds the managed tag once', () => {
    expect(parseTags('prod;phoenix;web')).toEqual(['prod', 'phoenix', 'web']);
    expect(parseTags('a,b c')).toEqual(['a', 'b', 'c']);
    expect(managedTags(['web', 'prod'])).toEqual(['phoenix', 'prod', 'web']);
    expect(managedTags(['phoenix'])).toEqual(['phoenix']);
  });
});
