/**
 * The package's public face for Node: where the built app lives, so the server can serve
 * it beside /api without knowing this package's layout. The browser bundle starts at
 * main.tsx and never imports this file.
 */
export const webDistUrl: URL = new URL('../dist/', import.meta.url);
