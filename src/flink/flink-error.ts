import type { DerivationFailure } from '../model/index.js';

/** Java exception classes Flink's derivation raises, by simple name. */
const QUALIFIED: Record<string, string> = {
  IllegalConfigurationException: 'org.apache.flink.configuration.IllegalConfigurationException',
  IllegalArgumentException: 'java.lang.IllegalArgumentException',
  NumberFormatException: 'java.lang.NumberFormatException',
  ArithmeticException: 'java.lang.ArithmeticException',
  NullPointerException: 'java.lang.NullPointerException',
  RuntimeException: 'java.lang.RuntimeException',
};

/**
 * The one error a derivation raises: what Flink's Java code would throw, with the exception's
 * simple class name and the chain of causes (each as Java's `Throwable.toString()`).
 */
export class FlinkError extends Error {
  readonly errorType: string;
  readonly cause?: FlinkError;
  constructor(errorType: string, message: string, cause?: FlinkError) {
    // Rejections are ordinary results here, not bugs: a stack trace would cost more than the derivation.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = 'FlinkError';
    this.errorType = errorType;
    this.cause = cause;
  }

  /** Messages of the cause chain, outermost first, each as Java's `Throwable.toString()`. */
  get causes(): string[] {
    return this.cause ? [this.cause.javaString(), ...this.cause.causes] : [];
  }

  /** `Throwable.toString()`: the qualified class name, then the message. */
  javaString(): string {
    return `${QUALIFIED[this.errorType] ?? this.errorType}: ${this.message}`;
  }
}

/** A derivation result for a `FlinkError`; anything else is a bug and is re-thrown. */
export function failure(err: unknown): DerivationFailure {
  if (!(err instanceof FlinkError)) throw err;
  return {
    ok: false,
    error: err.message,
    errorType: err.errorType,
    ...(err.causes.length > 0 && { causes: err.causes }),
  };
}

export const ice = (message: string, cause?: FlinkError): FlinkError =>
  new FlinkError('IllegalConfigurationException', message, cause);
export const iae = (message: string, cause?: FlinkError): FlinkError =>
  new FlinkError('IllegalArgumentException', message, cause);
export const longOverflow = (): FlinkError => new FlinkError('ArithmeticException', 'long overflow');
