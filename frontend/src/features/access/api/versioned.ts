import { ApiError } from '@/lib/problem';

/**
 * The record changed since the list it was picked from was read (another role, or gone): the
 * same situation as a 412 on If-Match, told before writing.
 */
export class StaleRecordError extends ApiError {
  constructor() {
    super(412);
    this.name = 'StaleRecordError';
  }
}

/** The ETag of a response, or a 412-like error when the server gave none. */
export function etagOf(response: Response): string {
  const etag = response.headers.get('ETag');
  if (!etag) throw new StaleRecordError();
  return etag;
}
