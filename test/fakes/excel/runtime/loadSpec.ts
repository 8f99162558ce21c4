/** The forms `load()` accepts, flattened to property paths. */
export type LoadSpec = string | string[] | Record<string, unknown> | undefined | null;

/** Flattens every form `load` accepts into "a/b/c" paths ('' means all scalar properties). */
export function loadPaths(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec !== 'object') return [];
  const o = spec as Record<string, unknown>;
  if ('select' in o || 'expand' in o) return [...loadPaths(o.select), ...loadPaths(o.expand)];
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k.startsWith('$')) continue;
    if (v === true) out.push(k);
    else if (v && typeof v === 'object') {
      const sub = loadPaths(v);
      out.push(...(sub.length === 0 ? [k] : sub.map((s) => `${k}/${s}`)));
    }
  }
  return out;
}
