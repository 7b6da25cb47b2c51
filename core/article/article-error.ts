import type { FailureReason } from '../model/article';

/** A failure the pipeline records against the article (status FAILED + reason) instead of retrying. */
export class ArticleError extends Error {
  readonly reason: FailureReason;
  readonly detail: string;

  constructor(reason: FailureReason, detail: string) {
    super(`${reason}: ${detail}`);
    this.name = 'ArticleError';
    this.reason = reason;
    this.detail = detail;
  }
}
