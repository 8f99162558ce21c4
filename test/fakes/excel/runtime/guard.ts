/** A proxy trap that makes a read of an unknown member fail loudly, naming the member. */
import { ErrorCodes, FakeOfficeError } from '../errors';

// Probes made by runtimes and test tools; answering undefined keeps them working.
const PROBES = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'inspect',
  'toString',
  'valueOf',
  'length',
  'hasOwnProperty',
  'prototype',
]);

/** Makes a read of an unknown member fail loudly, so a missing part of the fake is obvious. */
export function guard<O extends object>(obj: O, typeName: () => string): O {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (
        typeof prop === 'string' &&
        !(prop in target) &&
        !PROBES.has(prop) &&
        !/^[_$@]/.test(prop)
      ) {
        throw new FakeOfficeError(
          ErrorCodes.notImplemented,
          `The Excel fake does not implement ${typeName()}.${prop}`,
          `${typeName()}.${prop}`,
        );
      }
      return Reflect.get(target, prop, receiver);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === 'string' && !(prop in target) && !prop.startsWith('_')) {
        throw new FakeOfficeError(
          ErrorCodes.notImplemented,
          `The Excel fake does not implement setting ${typeName()}.${prop}`,
        );
      }
      return Reflect.set(target, prop, value, receiver);
    },
  });
}
