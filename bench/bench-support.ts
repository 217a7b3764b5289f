/** Small helpers shared by the bench scripts: flags and progress lines on stderr. */

/** `--name value` pairs over defaults; unknown flags are an error so a typo is not silently ignored. */
export const parseFlags = <K extends string>(argv: string[], defaults: Record<K, string>): Record<K, string> => {
  const out: Record<string, string> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const name = arg.slice(2);
    if (!(name in defaults)) throw new Error(`unknown flag --${name}; known: ${Object.keys(defaults).map((k) => `--${k}`).join(' ')}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) out[name] = 'true';
    else {
      out[name] = value;
      i++;
    }
  }
  return out as Record<K, string>;
};

/** Returns a function reporting `done` of `total` (at most a few lines a second). */
export const progress = (label: string, total: number): ((done: number) => void) => {
  const started = performance.now();
  let last = 0;
  return (done) => {
    const now = performance.now();
    if (done < total && now - last < 500) return;
    last = now;
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    const rate = done / Math.max(0.001, (now - started) / 1000);
    process.stderr.write(`  ${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${pct}%), ${Math.round(rate).toLocaleString('en')}/s${done >= total ? '\n' : '\r'}`);
  };
};

export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
