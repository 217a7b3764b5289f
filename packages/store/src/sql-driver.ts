/**
 * The minimal structural face of a SQL connection that the store depends on — not
 * the driver's own types (after Kysely). Each adapter wraps its driver into this.
 * SQL reaching a driver is already compiled for its dialect (placeholders and all).
 */
export type SqlValue = string | number | null;

export interface SqlExecutor {
  /** Rows of a query. Row shapes are declared by the caller: this is the typed boundary. */
  all<R extends object>(sql: string, params?: readonly SqlValue[]): Promise<R[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDriver extends SqlExecutor {
  /** Runs `fn` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
