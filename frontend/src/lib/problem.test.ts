import { describe, expect, it } from 'vitest';
import { fieldErrors, isProblem } from './problem';

describe('problem details', () => {
  it('maps JSON pointers to form field names and groups messages per field', () => {
    expect(
      fieldErrors({
        type: 'https://shequn.io/problems/validation',
        title: 'Request is not valid',
        status: 400,
        errors: [
          { pointer: '/name', detail: 'must not be blank' },
          { pointer: '/name', detail: 'size must be between 1 and 100' },
          { pointer: '/settings/a~1b', detail: 'bad' },
          { parameter: 'limit', detail: 'must be at most 200' },
        ],
      }),
    ).toEqual([
      { name: ['name'], errors: ['must not be blank', 'size must be between 1 and 100'] },
      { name: ['settings', 'a/b'], errors: ['bad'] },
    ]);
  });

  it('recognises a problem body', () => {
    expect(isProblem({ type: 'about:blank', title: 'Not Found', status: 404 })).toBe(true);
    expect(isProblem({ message: 'nope' })).toBe(false);
    expect(isProblem(undefined)).toBe(false);
  });
});
