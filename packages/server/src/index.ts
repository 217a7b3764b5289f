export { createApp } from './app.ts';
export type { DemoAccount } from './bodies/body-factory.ts';
export { Bodies, type NewBody } from './bodies/bodies-service.ts';
export { activeOf, BodyEntry, BodyRepository } from './bodies/body-repository.ts';
export type { AnyEvent, ClockConfig, Latencies, ServerEvent } from './bodies/server-events.ts';
export { DEFAULT_LATENCIES, streams } from './bodies/server-events.ts';
export { cliCommands } from './cli.ts';
export { openBodies, openEventStore, openServices, type Services, type ServicesOptions } from './services.ts';
export { DEMO_BODY_ID, type RunningServer, type StartOptions, startServer } from './start-server.ts';
