/**
 * The add-in manifest's documented rules (see ARCHITECTURE.md, "Tests" and "Manifest
 * validation"), checked offline: no network, nothing outside this repository.
 */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join, resolve } from 'path';
import { decodePng, readPngHeader } from './png';
import { child, children, descendants, parseXml, path as xpath, where, XmlElement } from './xml';

const ROOT = resolve(__dirname, '..', '..');
const MANIFEST_PATH = join(ROOT, 'manifest.xml');
const DEV_BASE = 'https://localhost:3000';
const SOURCE = readFileSync(MANIFEST_PATH, 'utf8');
const manifest = parseXml(SOURCE);
const nodeRequire = createRequire(__filename);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Characters as the schema counts them: code points, not UTF-16 units. */
const len = (s: string) => [...s].length;

type ResourceKind = 'Image' | 'Url' | 'ShortString' | 'LongString';

interface Resource {
  id: string;
  kind: ResourceKind;
  el: XmlElement;
  defaultValue: string;
  overrides: Record<string, string>;
}

const versionOverrides = child(manifest, 'VersionOverrides');
const resourcesEl = child(versionOverrides, 'Resources');

function readResources(): Resource[] {
  const groups: [string, string, ResourceKind][] = [
    ['Images', 'Image', 'Image'],
    ['Urls', 'Url', 'Url'],
    ['ShortStrings', 'String', 'ShortString'],
    ['LongStrings', 'String', 'LongString'],
  ];
  const out: Resource[] = [];
  for (const [group, item, kind] of groups) {
    for (const g of children(resourcesEl, group)) {
      for (const el of children(g, item)) {
        const overrides: Record<string, string> = {};
        for (const o of children(el, 'Override')) overrides[o.attrs.Locale] = o.attrs.Value;
        out.push({ id: el.attrs.id, kind, el, defaultValue: el.attrs.DefaultValue, overrides });
      }
    }
  }
  return out;
}

const resources = readResources();
const byId = new Map(resources.map((r) => [r.id, r]));

/** Every element with a resid, except the resource definitions themselves. */
const references = descendants(versionOverrides, (e) => 'resid' in e.attrs);

/** The kind of resource an element with a resid must point at. */
function expectedKind(el: XmlElement): ResourceKind {
  switch (el.local) {
    case 'Image':
      return 'Image';
    case 'FunctionFile':
    case 'SourceLocation':
    case 'LearnMoreUrl':
      return 'Url';
    case 'Label':
    case 'Title':
      return 'ShortString';
    case 'Description':
      return 'LongString';
    default:
      throw new Error(`no rule for a resid on <${el.name}> at ${where(el)}`);
  }
}

function resource(id: string): Resource {
  const r = byId.get(id);
  if (!r) throw new Error(`resid "${id}" is not defined`);
  return r;
}

function text(id: string, locale?: string): string {
  const r = resource(id);
  return locale ? (r.overrides[locale] ?? r.defaultValue) : r.defaultValue;
}

/** A locale-aware top-level setting: DefaultValue plus <Override Locale Value>. */
function setting(local: string): { defaultValue: string; overrides: Record<string, string> } {
  const el = child(manifest, local);
  const overrides: Record<string, string> = {};
  for (const o of children(el, 'Override')) overrides[o.attrs.Locale] = o.attrs.Value;
  return { defaultValue: el.attrs.DefaultValue, overrides };
}

/** Maps a manifest URL on the dev server to the repository file that webpack serves there. */
function localFileFor(url: string): string {
  expect(url.startsWith(`${DEV_BASE}/`)).toBe(true);
  return join(ROOT, decodeURIComponent(new URL(url).pathname));
}

describe('manifest.xml: identity', () => {
  it('is a TaskPaneApp in the 1.1 schema with VersionOverrides 1.0', () => {
    expect(manifest.local).toBe('OfficeApp');
    expect(manifest.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(versionOverrides.attrs.xmlns).toBe(
      'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
    );
    expect(versionOverrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
  });

  it('has a GUID Id that is not a placeholder', () => {
    const id = child(manifest, 'Id').text.trim();
    expect(id).toMatch(GUID);
    expect(id).not.toMatch(/^[0-]+$/);
  });

  it('has a four-part Version', () => {
    const version = child(manifest, 'Version').text.trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    for (const part of version.split('.')) expect(Number(part)).toBeLessThanOrEqual(65535);
  });

  it('has a ProviderName and the Danish default locale', () => {
    const provider = child(manifest, 'ProviderName').text.trim();
    expect(len(provider)).toBeGreaterThan(0);
    expect(len(provider)).toBeLessThanOrEqual(125);
    expect(child(manifest, 'DefaultLocale').text.trim()).toBe('da-DK');
  });

  it('has a Danish DisplayName (≤ 125) with an en-US override', () => {
    const { defaultValue, overrides } = setting('DisplayName');
    expect(defaultValue).toBe('Organisering');
    expect(Object.keys(overrides)).toContain('en-US');
    for (const v of [defaultValue, ...Object.values(overrides)]) {
      expect(len(v)).toBeGreaterThan(0);
      expect(len(v)).toBeLessThanOrEqual(125);
    }
  });

  it('has a Danish Description (≤ 250) with an English en-US override', () => {
    const { defaultValue, overrides } = setting('Description');
    expect(defaultValue).toMatch(/FBS/);
    expect(defaultValue).toMatch(/kompetencematrix/i);
    expect(overrides['en-US']).toMatch(/competency matrix/i);
    expect(overrides['en-US']).not.toBe(defaultValue);
    for (const v of [defaultValue, ...Object.values(overrides)]) {
      expect(len(v)).toBeGreaterThan(0);
      expect(len(v)).toBeLessThanOrEqual(250);
    }
  });
});

describe('manifest.xml: host, requirements, permissions', () => {
  it('targets the Excel workbook host', () => {
    const hosts = children(child(manifest, 'Hosts'), 'Host').map((h) => h.attrs.Name);
    expect(hosts).toEqual(['Workbook']);
    const voHosts = children(child(versionOverrides, 'Hosts'), 'Host');
    expect(voHosts.map((h) => h.attrs['xsi:type'])).toEqual(['Workbook']);
  });

  it('requires ExcelApi 1.8', () => {
    const sets = xpath(manifest, 'Requirements', 'Sets');
    expect(sets.attrs.DefaultMinVersion).toBe('1.8');
    const excel = children(sets, 'Set').filter((s) => s.attrs.Name === 'ExcelApi');
    expect(excel).toHaveLength(1);
    expect(excel[0].attrs.MinVersion).toBe('1.8');
  });

  it('asks for ReadWriteDocument', () => {
    expect(child(manifest, 'Permissions').text.trim()).toBe('ReadWriteDocument');
  });

  it('opens the task pane page by default', () => {
    const src = xpath(manifest, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue;
    expect(src).toBe(`${DEV_BASE}/taskpane.html`);
  });
});

describe('manifest.xml: URLs', () => {
  /** Every attribute value and text node that looks like an absolute URL. */
  function allUrls(): { value: string; at: string }[] {
    const found: { value: string; at: string }[] = [];
    for (const el of [manifest, ...descendants(manifest)]) {
      for (const [name, value] of Object.entries(el.attrs)) {
        // Namespace names are identifiers, not locations.
        if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(value.trim()) && value.includes('//')) {
          found.push({ value, at: `${where(el)} @${name}` });
        }
      }
      if (/[a-z][a-z0-9+.-]*:\/\//i.test(el.text))
        found.push({ value: el.text.trim(), at: where(el) });
    }
    return found;
  }

  it('uses https for every URL', () => {
    const urls = allUrls();
    expect(urls.length).toBeGreaterThan(5);
    const insecure = urls.filter((u) => !/^https:\/\/[^\s]+$/.test(u.value));
    expect(insecure).toEqual([]);
  });

  it('has valid https URLs, on the dev server, wherever the schema expects a URL', () => {
    const urlSettings = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].map(setting);
    urlSettings.push({
      defaultValue: xpath(manifest, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue,
      overrides: {},
    });
    const values = [
      ...urlSettings.flatMap((s) => [s.defaultValue, ...Object.values(s.overrides)]),
      ...resources
        .filter((r) => r.kind === 'Image' || r.kind === 'Url')
        .flatMap((r) => [r.defaultValue, ...Object.values(r.overrides)]),
      ...descendants(manifest, (e) => e.local === 'AppDomain').map((e) => e.text.trim()),
    ];
    for (const v of values) {
      const url = new URL(v);
      expect(url.protocol).toBe('https:');
      expect(v.startsWith(`${DEV_BASE}/`)).toBe(true);
    }
  });

  it('points the function file at commands.html and the pane at taskpane.html', () => {
    const ff = xpath(versionOverrides, 'Hosts', 'Host', 'DesktopFormFactor', 'FunctionFile');
    expect(text(ff.attrs.resid)).toBe(`${DEV_BASE}/commands.html`);
    const learnMore = descendants(versionOverrides, (e) => e.local === 'LearnMoreUrl');
    expect(learnMore).toHaveLength(1);
    expect(text(learnMore[0].attrs.resid)).toMatch(/^https:\/\//);
  });

  it('serves the support page it links to', () => {
    expect(setting('SupportUrl').defaultValue).toBe(`${DEV_BASE}/support.html`);
    // webpack copies assets/support.html to the site root.
    expect(existsSync(join(ROOT, 'assets', 'support.html'))).toBe(true);
  });
});

describe('manifest.xml: resources', () => {
  it('has resources of every kind, with unique ids of at most 32 characters', () => {
    const kinds = new Set(resources.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['Image', 'LongString', 'ShortString', 'Url']);
    const ids = resources.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^\S+$/);
      expect(len(id)).toBeLessThanOrEqual(32);
    }
  });

  it('defines every resid it uses, as a resource of the right kind', () => {
    expect(references.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const ref of references) {
      const id = ref.attrs.resid;
      const r = byId.get(id);
      if (!r) problems.push(`${where(ref)}: resid "${id}" is not defined`);
      else if (r.kind !== expectedKind(ref)) {
        problems.push(`${where(ref)}: resid "${id}" is a ${r.kind}, expected ${expectedKind(ref)}`);
      }
      if (len(id) > 32) problems.push(`${where(ref)}: resid "${id}" is longer than 32`);
    }
    expect(problems).toEqual([]);
  });

  it('uses every resource it defines', () => {
    const used = new Set(references.map((r) => r.attrs.resid));
    expect(resources.filter((r) => !used.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('keeps ShortStrings ≤ 125 and LongStrings ≤ 250 characters, overrides included', () => {
    const tooLong: string[] = [];
    for (const r of resources) {
      const max = r.kind === 'ShortString' ? 125 : r.kind === 'LongString' ? 250 : 2048;
      for (const v of [r.defaultValue, ...Object.values(r.overrides)]) {
        if (!v || len(v) > max) tooLong.push(`${r.id} (${len(v ?? '')} > ${max})`);
      }
    }
    expect(tooLong).toEqual([]);
  });

  it('has a Danish default and an English en-US override for every string', () => {
    const strings = resources.filter((r) => r.kind === 'ShortString' || r.kind === 'LongString');
    expect(strings.length).toBeGreaterThan(0);
    for (const r of strings) {
      expect({ id: r.id, locales: Object.keys(r.overrides) }).toEqual({
        id: r.id,
        locales: ['en-US'],
      });
    }
    // Spot checks that the default really is Danish and the override English.
    expect(text('Group.Label')).toBe('Organisering');
    expect(text('GetStarted.Title')).toMatch(/Kom i gang/);
    expect(text('GetStarted.Title', 'en-US')).toMatch(/Get started/);
  });
});

describe('manifest.xml: ribbon', () => {
  const formFactor = xpath(versionOverrides, 'Hosts', 'Host', 'DesktopFormFactor');
  const extensionPoints = children(formFactor, 'ExtensionPoint');

  it('has a GetStarted callout with title, description and learn-more link', () => {
    const gs = child(formFactor, 'GetStarted');
    expect(child(gs, 'Title').attrs.resid).toBeTruthy();
    expect(child(gs, 'Description').attrs.resid).toBeTruthy();
    expect(child(gs, 'LearnMoreUrl').attrs.resid).toBeTruthy();
  });

  it('adds the group "Organisering" with an icon to the Home tab', () => {
    expect(extensionPoints.map((e) => e.attrs['xsi:type'])).toEqual(['PrimaryCommandSurface']);
    const tab = child(extensionPoints[0], 'OfficeTab');
    expect(tab.attrs.id).toBe('TabHome');
    const group = child(tab, 'Group');
    expect(text(child(group, 'Label').attrs.resid)).toBe('Organisering');
    const sizes = children(child(group, 'Icon'), 'Image').map((i) => i.attrs.size);
    expect(sizes).toEqual(['16', '32', '80']);
  });

  function controls(): XmlElement[] {
    const group = xpath(extensionPoints[0], 'OfficeTab', 'Group');
    return children(group, 'Control');
  }

  it('has exactly the two buttons, with unique ids', () => {
    const cs = controls();
    expect(cs.map((c) => c.attrs['xsi:type'])).toEqual(['Button', 'Button']);
    const ids = descendants(versionOverrides, (e) =>
      ['OfficeTab', 'Group', 'Control'].includes(e.local),
    ).map((e) => e.attrs.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('"Vis panel" shows the task pane, with a supertip', () => {
    const button = controls().find((c) => text(child(c, 'Label').attrs.resid) === 'Vis panel');
    expect(button).toBeDefined();
    const action = child(button!, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(child(action, 'TaskpaneId').text.trim()).toBe('ButtonId1');
    expect(text(child(action, 'SourceLocation').attrs.resid)).toBe(`${DEV_BASE}/taskpane.html`);
    const tip = child(button!, 'Supertip');
    expect(text(child(tip, 'Title').attrs.resid)).toBe('Vis panel');
    expect(text(child(tip, 'Description').attrs.resid).length).toBeGreaterThan(20);
    expect(text(child(button!, 'Label').attrs.resid, 'en-US')).toBe('Show pane');
  });

  it('"Opdater status" runs refreshStatus, with a supertip', () => {
    const button = controls().find((c) => text(child(c, 'Label').attrs.resid) === 'Opdater status');
    expect(button).toBeDefined();
    const action = child(button!, 'Action');
    expect(action.attrs['xsi:type']).toBe('ExecuteFunction');
    expect(child(action, 'FunctionName').text.trim()).toBe('refreshStatus');
    const tip = child(button!, 'Supertip');
    expect(text(child(tip, 'Title').attrs.resid)).toBe('Opdater status');
    expect(text(child(tip, 'Description').attrs.resid).length).toBeGreaterThan(20);
    expect(text(child(button!, 'Label').attrs.resid, 'en-US')).toBe('Refresh status');
  });

  it('gives each button icons at 16, 32 and 80 px', () => {
    for (const c of controls()) {
      const sizes = children(child(c, 'Icon'), 'Image').map((i) => i.attrs.size);
      expect(sizes).toEqual(['16', '32', '80']);
    }
  });
});

describe('manifest.xml: icons', () => {
  /** [url, expected size, where] for every icon the manifest names. */
  function iconReferences(): [string, number, string][] {
    const refs: [string, number, string][] = [];
    for (const [local, size] of [
      ['IconUrl', 32],
      ['HighResolutionIconUrl', 64],
    ] as const) {
      const s = setting(local);
      for (const url of [s.defaultValue, ...Object.values(s.overrides)])
        refs.push([url, size, local]);
    }
    for (const img of references.filter((e) => e.local === 'Image')) {
      const r = resource(img.attrs.resid);
      for (const url of [r.defaultValue, ...Object.values(r.overrides)]) {
        refs.push([url, Number(img.attrs.size), where(img)]);
      }
    }
    return refs;
  }

  it('names icons that exist in assets/ at exactly their pixel size', () => {
    const refs = iconReferences();
    expect(refs.length).toBeGreaterThanOrEqual(2 + 9);
    const problems: string[] = [];
    for (const [url, size, at] of refs) {
      const file = localFileFor(url);
      if (!file.startsWith(join(ROOT, 'assets') + '/'))
        problems.push(`${at}: ${url} not in assets/`);
      else if (!existsSync(file)) problems.push(`${at}: ${url} does not exist`);
      else {
        const { width, height } = readPngHeader(readFileSync(file));
        if (width !== size || height !== size) {
          problems.push(`${at}: ${url} is ${width}x${height}, expected ${size}x${size}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each([16, 32, 64, 80, 128])('assets/icon-%i.png is a real RGBA icon of that size', (size) => {
    const image = decodePng(readFileSync(join(ROOT, 'assets', `icon-${size}.png`)));
    expect([image.width, image.height]).toEqual([size, size]);
    expect(image.colorType).toBe(6);
    const alpha = (x: number, y: number) => image.rgba[(y * size + x) * 4 + 3];
    // Transparent background: all four corners clear.
    expect([alpha(0, 0), alpha(size - 1, 0), alpha(0, size - 1)]).toEqual([0, 0, 0]);
    // A designed glyph, not a flat placeholder: mostly covered, several colours.
    let opaque = 0;
    const colours = new Set<string>();
    for (let i = 0; i < size * size; i++) {
      if (image.rgba[i * 4 + 3] === 255) {
        opaque++;
        colours.add(image.rgba.subarray(i * 4, i * 4 + 3).toString('hex'));
      }
    }
    expect(opaque / (size * size)).toBeGreaterThan(0.5);
    expect(colours.size).toBeGreaterThanOrEqual(5);
  });

  it('matches what tools/icons/generate.js draws', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'tools/icons/generate.js'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('office-addin-manifest info (offline)', () => {
  it('reads the manifest and reports its id, version and name', () => {
    // Run the real CLI in a child process: under jest, office-addin-manifest is a stub.
    const pkgPath = nodeRequire.resolve('office-addin-manifest/package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: Record<string, string> };
    const cli = join(dirname(pkgPath), pkg.bin['office-addin-manifest']);
    const run = spawnSync(process.execPath, [cli, 'info', MANIFEST_PATH], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'pipe'],
      // No prompts and no usage data (v3 sends none anyway).
      env: { ...process.env, CI: 'true', OFFICE_ADDIN_USAGE_DATA_OPT_IN: 'false' },
    });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    const id = child(manifest, 'Id').text.trim();
    const version = child(manifest, 'Version').text.trim();
    expect(run.stdout).toContain(`Id: ${id}`);
    expect(run.stdout).toContain(`Version: ${version}`);
    expect(run.stdout).toContain('Name: Organisering');
    expect(run.stdout).toContain('Type: TaskPaneApp');
    expect(run.stdout).toContain('Default Locale: da-DK');
    expect(run.stdout).toContain('Permissions: ReadWriteDocument');
    expect(run.stdout).toContain(`Source Location: ${DEV_BASE}/taskpane.html`);
  }, 70_000);
});

describe('production URL rewrite (webpack.config.js)', () => {
  // Plain Node require: webpack.config.js is CommonJS and outside the TypeScript sources.
  const config = nodeRequire(join(ROOT, 'webpack.config.js')) as {
    rewriteManifestUrls: (xml: string, baseUrl: string) => string;
  };
  const { rewriteManifestUrls } = config;
  const occurrences = SOURCE.split(DEV_BASE).length - 1;

  it('replaces every https://localhost:3000 with the base URL', () => {
    const base = 'https://addin.example.dk/organisering';
    const out = rewriteManifestUrls(SOURCE, `${base}/`);
    expect(occurrences).toBeGreaterThan(5);
    expect(out).not.toMatch(/localhost/i);
    expect(out.split(base).length - 1).toBe(occurrences);
    expect(out).not.toContain(`${base}//`);
    const rewritten = parseXml(out);
    const src = xpath(rewritten, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue;
    expect(src).toBe(`${base}/taskpane.html`);
    // Nothing else changes.
    expect(out.split(base).join(DEV_BASE)).toBe(SOURCE);
  });

  it('trims any number of trailing slashes and works for a bare host', () => {
    const out = rewriteManifestUrls(SOURCE, 'https://cdn.example.dk///');
    expect(out).toContain('"https://cdn.example.dk/taskpane.html"');
    expect(out).not.toContain('localhost');
  });

  it('is the identity for the dev base URL', () => {
    expect(rewriteManifestUrls(SOURCE, DEV_BASE)).toBe(SOURCE);
  });

  it.each([
    'http://addin.example.dk',
    'addin.example.dk',
    'https://addin.example.dk/?a=1&b=2',
    'https://addin.example.dk/#x',
    '',
  ])('refuses %j as a base URL', (base) => {
    expect(() => rewriteManifestUrls(SOURCE, base)).toThrow(/ADDIN_BASE_URL/);
  });
});
