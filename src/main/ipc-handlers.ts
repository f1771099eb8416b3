import type { z } from 'zod';
import { INVOKE_CHANNELS, type InvokeArgs, type InvokeName, type InvokeValue } from '../shared/ipc';
import { fail, ok, type Result } from '../shared/result';
import { describeSchemaError, INVOKE_SCHEMAS } from './ipc-schemas';

/** The part of Electron's `ipcMain` the handlers use; a fake in tests. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

/** The part of an IPC event the handlers look at: who sent it. */
export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

/** One service per invoke function. */
type ServiceMap = { [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<InvokeValue<K>> };

/** The schema of each invoke function's arguments, as the generic registration reads it. */
type SchemaMap = { [K in InvokeName]: z.ZodType<InvokeArgs<K>> };

/**
 * What the handlers call: one plain service per invoke function of the contract, with its
 * arguments and the value inside its `Result`, injected so it can be tested without Electron.
 */
export type MainServices = ServiceMap & {
  /** Turns a thrown error into a sentence for the user. */
  describeError(error: unknown): string;
};

/**
 * Registers one handler per invoke channel. Each handler checks that the sender is the app's
 * own page, validates its arguments with the channel's schema, then calls one service and
 * returns a `Result`; a refused request calls nothing.
 */
export function registerIpcHandlers(ipc: IpcMainLike, services: MainServices, isTrustedSender: (frameUrl: string) => boolean): void {
  const schemas: SchemaMap = INVOKE_SCHEMAS;
  const map: ServiceMap = services;
  function register<K extends InvokeName>(name: K): void {
    const channel = INVOKE_CHANNELS[name];
    const schema: z.ZodType<InvokeArgs<K>> = schemas[name];
    const service = map[name];
    ipc.handle(channel, async (event, ...raw): Promise<Result<InvokeValue<K>>> => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) return fail(`The request “${channel}” came from an untrusted page and was refused.`);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return fail(describeSchemaError(channel, parsed.error));
      try {
        return ok(await service(...parsed.data));
      } catch (error) {
        return fail(services.describeError(error));
      }
    });
  }
  for (const name of Object.keys(INVOKE_CHANNELS) as InvokeName[]) register(name);
}
