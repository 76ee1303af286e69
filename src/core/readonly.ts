/**
 * The values {@link DeepReadonly} leaves as they are.
 *
 * @category Core
 */
export type Primitive = string | number | boolean | bigint | symbol | null | undefined;

/**
 * Makes every property and array of `T` read-only, all the way down.
 *
 * `unknown` and `any` stay as they are (otherwise they would become `{}`). Primitives are
 * checked next so that branded strings (`string & { brand }`) stay strings
 * instead of having the whole `String` interface mapped.
 *
 * @example
 * ```ts
 * type Frozen = DeepReadonly<{ items: { id: string }[] }>;
 * // { readonly items: readonly { readonly id: string }[] }
 * ```
 *
 * @category Core
 */
export type DeepReadonly<T> = unknown extends T
  ? T
  : T extends Primitive
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : { readonly [K in keyof T]: DeepReadonly<T[K]> };
