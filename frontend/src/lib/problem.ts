import type { components } from '@/api/schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/** An API call that did not succeed; carries the RFC 9457 problem body when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem?: Problem;

  constructor(status: number, problem?: Problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).title === 'string'
  );
}

/**
 * Field errors of a problem as form field names: the JSON pointer "/name" becomes ["name"],
 * "/address/city" becomes ["address", "city"]. Errors without a pointer are left out.
 */
export function fieldErrors(problem: Problem | undefined): { name: string[]; errors: string[] }[] {
  const byField = new Map<string, string[]>();
  for (const e of problem?.errors ?? []) {
    if (!e.pointer) continue;
    const key = e.pointer;
    byField.set(key, [...(byField.get(key) ?? []), e.detail]);
  }
  return [...byField.entries()].map(([pointer, errors]) => ({
    name: pointer
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')),
    errors,
  }));
}
