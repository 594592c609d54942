import { channelNames, sampleRequests, type Channel } from '../../../shared/contract/channels';

/** No sample may reach a real platform: the enrolment channels point at a closed loopback port. */
const CLOSED_PLATFORM = 'http://127.0.0.1:1';

/** Each channel's sample request (shared/contract/channels), made safe to send at will from a test. */
export const safeSamples: Record<Channel, unknown> = Object.fromEntries(
  channelNames.map((channel) => {
    const sample = sampleRequests[channel] as unknown;
    const safe =
      sample !== null && typeof sample === 'object' && 'platformUrl' in sample
        ? { ...sample, platformUrl: CLOSED_PLATFORM }
        : sample;
    return [channel, safe];
  }),
) as Record<Channel, unknown>;

/** Channels whose every accepted call does real, slow work (a password hash, a spreadsheet). */
export const SLOW_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'auth:sign-in',
  'auth:unlock',
  'dashboard:export',
]);
