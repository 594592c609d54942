import type { z } from 'zod';
import { appChannels } from './app';
import { auditChannels } from './audit';
import { checkChannels } from './check';
import { commitmentChannels } from './commitments';
import { dashboardChannels } from './dashboard';
import { fileChannels } from './files';
import { inspectionChannels } from './inspections';
import { registryChannels } from './registry';
import { repairChannels } from './repairs';
import { reportChannels } from './reports';
import { syncChannels } from './sync';
import { objectionChannels } from './objections';
import { objectionDocumentChannels } from './objection-documents';

/**
 * The one table of channels between the UI and the core, each channel one entry (./entry.ts: schemas, roles,
 * refusal words, a sample request), grouped by domain. Both hosts (Electron main over ipcMain, the browser host
 * over loopback HTTP) bind exactly this table, the preload and the renderer's client derive from it.
 * Adding a channel: add its entry to its domain's file, then write its handler in electron/core (the compiler
 * lists what is missing).
 */
export const channels = {
  ...appChannels,
  ...registryChannels,
  ...checkChannels,
  ...syncChannels,
  ...commitmentChannels,
  ...repairChannels,
  ...fileChannels,
  ...reportChannels,
  ...inspectionChannels,
  ...dashboardChannels,
  ...auditChannels,
  ...objectionChannels,
  ...objectionDocumentChannels,
};

export type Channels = typeof channels;
export type Channel = keyof Channels;
/** What a caller sends (defaults not yet applied). */
export type RequestOf<C extends Channel> = z.input<Channels[C]['request']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedRequestOf<C extends Channel> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Channels[C]['response']>;

export const channelNames = Object.keys(channels) as Channel[];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);

/** A valid request for every channel (typed by the contract), from each channel's entry. */
export const sampleRequests = Object.fromEntries(
  channelNames.map((channel) => [channel, channels[channel].sample]),
) as { [C in Channel]: RequestOf<C> };
