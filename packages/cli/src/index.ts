export { reportError, EXIT_CODES } from './exit-codes.ts';
export { demoScript } from './demo-script.ts';
