import type { z } from 'zod';

/** A store image that does not parse, or a change event that fails its own schema: a bug, never retried away. */
export class ChangeMappingError extends Error {
  override readonly name = 'ChangeMappingError';
  readonly issues: readonly string[];

  constructor(message: string, issues: readonly string[] = []) {
    super(issues.length > 0 ? `${message}: ${issues.join('; ')}` : message);
    this.issues = issues;
  }

  static fromZod(message: string, error: z.ZodError): ChangeMappingError {
    return new ChangeMappingError(
      message,
      error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
}
