/** A flag set while a request is measured, so proxies serialise as references, not data. */
let serializing = false;

export function isSerializingRequest(): boolean {
  return serializing;
}

export function withRequestSerialization<R>(fn: () => R): R {
  serializing = true;
  try {
    return fn();
  } finally {
    serializing = false;
  }
}
