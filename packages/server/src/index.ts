export { createApp } from './app.ts';
export type { DemoAccount } from './bodies/body-factory.ts';
export type { ClockConfig, Latencies, ServerEvent } from './bodies/server-events.ts';
export { DEFAULT_LATENCIES } from './bodies/server-events.ts';
export { cliCommands } from './cli.ts';
export type { EventStorePort } from './ports.ts';
export { openServices, type Services, type ServicesOptions } from './services.ts';
export { DEMO_BODY_ID, type RunningServer, type StartOptions, startServer } from './start-server.ts';
export { adaptStore, openEventStore } from './store-adapter.ts';
