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
  readonly causes: string[];

  constructor(
    readonly errorType: string,
    message: string,
    readonly cause?: FlinkError,
  ) {
    super(message);
    this.name = 'FlinkError';
    this.causes = cause ? [cause.javaString(), ...cause.causes] : [];
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
