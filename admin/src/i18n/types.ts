/**
 * The shape of a message tree with the same keys as `T` and any strings as leaves. Use with
 * `satisfies` so each language must have exactly the keys of the Swedish original.
 */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
