/**
 * Where a row comes from. Imported historical rows carry a source; rows made up to
 * fill gaps carry `synthetic: true`; unknown columns of the record format ride along
 * in `extra` so that import → export loses nothing.
 */
export interface Provenance {
  sourceId?: string;
  synthetic?: boolean;
  extra?: Array<[column: string, value: string]>;
}
