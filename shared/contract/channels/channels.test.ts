import { describe, expect, it } from 'vitest';
import { appChannels } from './app';
import { auditChannels } from './audit';
import { checkChannels } from './check';
import { commitmentChannels } from './commitments';
import { dashboardChannels } from './dashboard';
import { fileChannels } from './files';
import { channelNames, channels, isChannel, sampleRequests } from './index';
import { inspectionChannels } from './inspections';
import { registryChannels } from './registry';
import { repairChannels } from './repairs';
import { reportChannels } from './reports';
import { syncChannels } from './sync';
import { objectionChannels } from './objections';
import { objectionDocumentChannels } from './objection-documents';

const groups = [
  appChannels,
  auditChannels,
  checkChannels,
  commitmentChannels,
  dashboardChannels,
  fileChannels,
  inspectionChannels,
  registryChannels,
  repairChannels,
  reportChannels,
  syncChannels,
  objectionChannels,
  objectionDocumentChannels,
];

describe('the contract', () => {
  it.each(channelNames)('%s: its sample request is one its request schema accepts', (channel) => {
    const parsed = channels[channel].request.safeParse(sampleRequests[channel]);
    expect(parsed.error?.issues).toBeUndefined();
  });

  it('names channels domain:verb, each in one entry (a second would silently replace the first)', () => {
    for (const channel of channelNames) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
    const entries = groups.reduce((count, group) => count + Object.keys(group).length, 0);
    expect(entries).toBe(channelNames.length);
    expect(isChannel('check:run')).toBe(true);
    expect(isChannel('toString')).toBe(false);
  });
});
