/**
 * The row with this id, if the body has one. Own keys only: the body's tables are plain
 * objects, so without this `constructor`, `__proto__` or `toString` would be found as rows.
 */
export const rowOf = <T>(rows: Readonly<Record<string, T>>, id: string | undefined): T | undefined =>
  id !== undefined && Object.hasOwn(rows, id) ? rows[id] : undefined;
