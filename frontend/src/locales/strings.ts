/** The shape a translation must have: the same keys as the zh-CN original, string values. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
