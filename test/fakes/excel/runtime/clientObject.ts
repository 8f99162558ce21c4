/**
 * The proxy-object machinery of Office.js: a proxy queues property sets and method calls on
 * its request context; `load` queues a read; values become readable only after `sync()`.
 * A proxy binds to its workbook object the first time one of its operations runs.
 */
import {
  ClientErrorCodes,
  ErrorCodes,
  FakeOfficeError,
  excelError,
  nullObjectRead,
  propertyNotLoaded,
  valueNotLoaded,
} from '../errors';
import type { FakeRequestContext } from './context';
import { guard } from './guard';
import { LoadSpec, loadPaths } from './loadSpec';
import { isSerializingRequest } from './serialization';

// Method syntax keeps these bivariant, so every proxy fits FakeClientObject<unknown>.
export interface PropSpec<T> {
  read?(b: T, self: FakeClientObject<T>): unknown;
  write?(b: T, value: unknown, self: FakeClientObject<T>): void;
}

/**
 * What the pane gets back for a loaded value: a copy, as if it had crossed the wire as JSON.
 * A string, a boolean or a finite number comes back as itself, so only objects and arrays
 * (and the numbers JSON turns into null) make the round trip.
 */
function clone<V>(v: V): V {
  if (v === undefined || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0)) return v;
  return JSON.parse(JSON.stringify(v)) as V;
}

export abstract class FakeClientObject<T = unknown> {
  _ctx: FakeRequestContext;
  _id: number;
  _path: string;
  _loaded: Record<string, unknown> = {};
  _isNull: boolean | undefined = undefined;
  _binding: T | null | undefined = undefined;
  _resolver: () => T | null;
  _children: Record<string, FakeClientObject<unknown>> = {};
  /** For objects Excel.run tracks only for its own duration (ranges): the run they belong to. */
  _runGeneration: number | null = null;

  constructor(ctx: FakeRequestContext, path: string, resolver: () => T | null) {
    this._ctx = ctx;
    this._id = ctx._newObjectId();
    this._path = path;
    this._resolver = resolver;
    return guard(this, () => this._typeName);
  }

  abstract get _typeName(): string;

  /** Property table of the class: name → how to read it and (if settable) apply a write. */
  get _props(): Record<string, PropSpec<T>> {
    return {};
  }

  /** False once the bound workbook object is gone (deleted sheet, table…). */
  _alive(_b: T): boolean {
    return true;
  }

  get context(): FakeRequestContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._typeName, 'isNullObject');
    return this._isNull;
  }

  _bindOrNull(): T | null {
    if (this._binding === undefined) this._binding = this._resolver();
    if (this._binding !== null && !this._alive(this._binding)) {
      throw excelError(
        ErrorCodes.itemNotFound,
        `the ${this._typeName} this object refers to no longer exists`,
      );
    }
    return this._binding;
  }

  _bind(): T {
    const b = this._bindOrNull();
    if (b === null)
      throw excelError(ErrorCodes.itemNotFound, `this ${this._typeName} is a null object`);
    return b;
  }

  /** Queues the null-object check that every *OrNullObject call carries. */
  _markNullable(member: string): this {
    this._enqueueOp(member, undefined, () => {
      this._isNull = this._bindOrNull() === null;
    });
    return this;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this._enqueueOp(`${this._typeName}.load`, paths, () => this._fetch(paths));
    return this;
  }

  /**
   * Queues an operation. As in Office.js, a member above the host's requirement set throws
   * ApiNotFound at once, and a Range kept from an earlier Excel.run (untracked) is invalid.
   */
  _enqueueOp(member: string, args: unknown, run: () => unknown): void {
    if (this._runGeneration !== null && this._runGeneration !== this._ctx._runGeneration) {
      throw new FakeOfficeError(
        ClientErrorCodes.invalidObjectPath,
        `The object path '${this._path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
        member,
      );
    }
    this._ctx._host.reqs.check(member);
    this._ctx._enqueue(this, member, args, run);
  }

  _nav(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  /** Runs a load at sync: copies the current values into the proxy; returns them. */
  _fetch(paths: string[]): unknown {
    const b = this._bindOrNull();
    if (b === null) {
      this._isNull = true;
      return null;
    }
    this._isNull = false;
    const props = this._props;
    const scalars = new Set<string>();
    const nav = new Map<string, string[]>();
    if (paths.length === 0 || paths.includes('')) {
      for (const [name, spec] of Object.entries(props)) {
        if (spec.read && this._ctx._host.reqs.allows(`${this._typeName}.${name}`))
          scalars.add(name);
      }
    }
    for (const p of paths.filter(Boolean)) {
      const [head, ...rest] = p.split('/');
      if (rest.length === 0 && props[head]?.read) scalars.add(head);
      else if (this._nav(head)) nav.set(head, [...(nav.get(head) ?? []), rest.join('/')]);
      else
        throw excelError(
          ErrorCodes.invalidArgument,
          `${this._typeName} has no property "${head}" to load`,
        );
    }
    const out: Record<string, unknown> = {};
    for (const name of scalars) {
      this._ctx._host.reqs.check(`${this._typeName}.${name}`);
      const v = clone(props[name].read!(b, this));
      this._loaded[name] = v;
      out[name] = v;
    }
    for (const [name, sub] of nav) out[name] = this._nav(name)!._fetch(sub);
    return out;
  }

  _get<V = unknown>(name: string): V {
    if (this._isNull === true) throw nullObjectRead(this._typeName, name);
    if (!(name in this._loaded)) throw propertyNotLoaded(this._typeName, name);
    return this._loaded[name] as V;
  }

  /** Queues a property write; like Office.js, the proxy echoes the value at once. */
  _set(name: string, value: unknown, apply: (b: T) => void): void {
    this._enqueueOp(`${this._typeName}.${name}`, value, () => apply(this._bind()));
    this._loaded[name] = value;
  }

  /** Queues a method call. */
  _call(name: string, args: unknown[], apply: (b: T) => void): void {
    this._enqueueOp(`${this._typeName}.${name}`, args, () => apply(this._bind()));
  }

  /** Queues a method call whose result is read through a ClientResult after sync. */
  _callResult<R>(name: string, args: unknown[], compute: (b: T) => R): FakeClientResult<R> {
    const result = new FakeClientResult<R>();
    this._enqueueOp(`${this._typeName}.${name}`, args, () => {
      result._resolve(compute(this._bind()));
      return result._value;
    });
    return result;
  }

  /** Office.js `set({...})`: assigns several properties, descending into nested objects. */
  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      const child = this._nav(k);
      if (child && v && typeof v === 'object' && !Array.isArray(v))
        child.set(v as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  toJSON(): Record<string, unknown> {
    if (isSerializingRequest()) return { ref: this._id };
    const out: Record<string, unknown> = { ...this._loaded };
    for (const [k, child] of Object.entries(this._children)) {
      const j = child.toJSON();
      if (Object.keys(j).length > 0) out[k] = j;
    }
    return out;
  }

  track(): this {
    this._runGeneration = null;
    for (const child of Object.values(this._children)) child.track();
    return this;
  }

  untrack(): this {
    return this;
  }

  /** A navigation child (format, font…) created once and bound like its parent. */
  _child<C extends FakeClientObject<unknown>>(name: string, make: () => C): C {
    if (!this._children[name]) {
      const child = make();
      child._runGeneration = this._runGeneration;
      this._children[name] = child;
    }
    return this._children[name] as C;
  }
}

/** Installs the accessors of a property table on a proxy class. */
export function installProps<T>(
  cls: { prototype: FakeClientObject<T> },
  props: Record<string, PropSpec<T>>,
): void {
  const base = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(cls.prototype), '_props');
  for (const [name, spec] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: FakeClientObject<T>) {
        return this._get(name);
      },
      set(this: FakeClientObject<T>, value: unknown) {
        if (!spec.write) throw new TypeError(`${this._typeName}.${name} is read-only`);
        this._set(name, value, (b) => spec.write!(b, value, this));
      },
    });
  }
  Object.defineProperty(cls.prototype, '_props', {
    configurable: true,
    get(this: FakeClientObject<T>) {
      const inherited = base?.get ? (base.get.call(this) as Record<string, PropSpec<T>>) : {};
      return { ...inherited, ...props };
    },
  });
}

export class FakeClientResult<R> {
  _value: R | undefined = undefined;
  _done = false;

  get value(): R {
    if (!this._done) throw valueNotLoaded();
    return this._value as R;
  }

  _resolve(v: R): void {
    this._value = v;
    this._done = true;
  }

  toJSON(): unknown {
    return this._done ? { value: this._value } : {};
  }
}
