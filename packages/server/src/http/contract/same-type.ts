/**
 * Compile-time proof that a response schema and the type the server sends describe the
 * same value: `const _: Same<z.infer<typeof s>, T> = true` fails to compile when a field
 * is added, dropped or retyped on either side, so the contract cannot drift from the code.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A value as JSON carries it: a key whose value may be `undefined` is a key that may be absent. */
export type Wire<T> = T extends ReadonlyArray<infer U>
  ? Wire<U>[]
  : T extends object
    ? { [K in keyof T as undefined extends T[K] ? never : K]: Wire<T[K]> } & { [K in keyof T as undefined extends T[K] ? K : never]?: Wire<Exclude<T[K], undefined>> }
    : T;

/** `Same` for what goes over the wire. */
export type SameWire<A, B> = Same<Wire<A>, Wire<B>>;
