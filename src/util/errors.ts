/** A mistake the user can fix (bad input, missing file, refused host key). Exit code 1 or 2, no stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    /** Process exit code: 1 for "the run found problems", 2 for usage or I/O errors. */
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Message of any thrown value, not only of `Error`s. */
export function getErrorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}
