/**
 * Errors of the fake, shaped like OfficeExtension.Error: a `code` such as
 * "InvalidArgument", a `message`, and `debugInfo` with the failing location.
 */

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  conflict: 'Conflict',
  generalException: 'GeneralException',
  insertDeleteConflict: 'InsertDeleteConflict',
  invalidArgument: 'InvalidArgument',
  invalidBinding: 'InvalidBinding',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  mergedRangeConflict: 'MergedRangeConflict',
  nonBlankCellOffSheet: 'NonBlankCellOffSheet',
  notImplemented: 'NotImplemented',
  requestAborted: 'RequestAborted',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  unsupportedFeature: 'UnsupportedFeature',
  unsupportedOperation: 'UnsupportedOperation',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
} as const;

/** Codes raised by the client library itself (OfficeExtension.ErrorCodes). */
export const ClientErrorCodes = {
  accessDenied: 'AccessDenied',
  generalException: 'GeneralException',
  activityLimitReached: 'ActivityLimitReached',
  invalidObjectPath: 'InvalidObjectPath',
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  invalidRequestContext: 'InvalidRequestContext',
  invalidArgument: 'InvalidArgument',
  runMustReturnPromise: 'RunMustReturnPromise',
  cannotRegisterEvent: 'CannotRegisterEvent',
  apiNotFound: 'ApiNotFound',
  connectionFailure: 'ConnectionFailure',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
} as const;

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** Standard messages, approximating the wording Excel uses. */
const MESSAGES: Record<string, string> = {
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  InvalidOperation: 'The operation is invalid for the object.',
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: 'Office add-ins requirement sets'.",
  GeneralException: 'An internal error has occurred while processing the request.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  NotImplemented: 'The requested feature isn’t implemented.',
};

export class FakeOfficeError extends Error {
  code: string;
  debugInfo: FakeDebugInfo;
  traceMessages: string[] = [];
  innerError: unknown = null;

  constructor(code: string, message?: string, errorLocation?: string) {
    const text = message ?? MESSAGES[code] ?? code;
    super(text);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message: text, errorLocation };
    // Keep instanceof working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
  }
}

/** An error that Excel would return at sync. `detail` is appended to the standard text. */
export function excelError(code: string, detail?: string): FakeOfficeError {
  const base = MESSAGES[code] ?? code;
  return new FakeOfficeError(code, detail ? `${base} (${detail})` : base);
}

export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    ClientErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function nullObjectRead(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    ClientErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available: this ${typeName} is a null object (isNullObject is true).`,
    `${typeName}.${property}`,
  );
}

export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError(
    ClientErrorCodes.valueNotLoaded,
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}
