/**
 * Manual check: the real server on a temp database with the built app in front.
 * `npx tsx packages/web/scripts/serve-dev.ts` prints the URL and the demo accounts.
 */
import { startAppUnderTest } from '../e2e/support/app-under-test.ts';

const app = await startAppUnderTest();
console.log(`app: ${app.url}`);
console.log(`api: ${app.server.url}`);
for (const a of app.server.demoAccounts) console.log(`  ${app.server.demoBodyId}  ${a.username} / ${a.password}  (${a.role}, ${a.name})`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
process.on('SIGINT', () => void app.close().then(() => process.exit(0)));
