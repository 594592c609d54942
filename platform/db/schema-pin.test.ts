import { describe, expect, it } from 'vitest';
import { schemaDrift } from '../../node-shared/db/schema-history';
import { platformMigrations } from './migrations';

/**
 * The schema each released migration leaves, pinned: sha256 of sqlite_schema's text after migration 1, 2, 3 …
 * (node-shared/db/schema-history.ts). A released migration is never edited, so a line here never changes; a new
 * migration adds its line. A mismatch means a migration now builds another schema than the one every platform
 * database was built with — even if only by white space, which SQLite keeps.
 */
const released = [
  '9b821c7223eb65d7d9e140d6a94e618d636ff31fbf829fdf4ceb3ae696753c20',
  'd5c403780a591fe50b0513a92ef2398b9dd0c335a21ec3ba989e9b8dece7a74c',
  '6cd27e47c02acc132dd2f5af895cea93de87266eb1a3d37f1a8dc920ca42b8d4',
  '400fcbb4b39abfd9a7e047e69540f9c388cb81ccb3998edabb2f27c6119bed7a',
  'af5c7b37965b5eaba0cb69b235843fab1b43ac47ef8a8affd54e687d4ecb0239',
  'daaccb8f5bab5b6a4d412fd2867880918ca009faa7bacbb64b296d5889c9aa8a',
  '6483ae25cce33d2619af135ad354422cf7aa291e213ed90f2a509d878dd4671f',
  'b8486c6c7db1a90357b9df05d0711c1ed48487012a6cdf789e9164c53f25c4bf',
  '654759a85797d4b84da76d0eed0f8e35f5faf8dea3d1d32c0fd195fe37be3c2a',
  '1af1be1b4d112dc4e987374ffeb9e5329700bddd299292b7dcf8a804c36478ac',
  '017a8517b63caae410d391aec626938d3c6f72b7a57a2cc8437347fe405d1462',
  '43a395503172fdba192994a403e6f837aae78237c3fdc743b562384fd3c4860c',
  '69e5d10f42dbaed188bd067da21f56e07bd78ea36be78b4b5df01eb264e22fac',
  '41240804d5a2630938fbd24bab2dc3914e628b10869a2462f069a839289ec440',
  'a9b3ec47155ad11f0929b9ea12541d78cb05656adc925f674c2958e6141e29f8',
  '8bbbe514050a729cec7f9b67195a5353a1d6c70a9f31be143c2f6fd1315e5da8',
  '24691d91cf6886139ac815f0f086888364fd1cf378a2a4663b0ce69c8cc9cd0c',
];

describe('platform migrations, as released', () => {
  it('build the very schema they built when released, version by version', () => {
    expect(schemaDrift(platformMigrations, released)).toEqual({ changed: [], unpinned: [] });
  });
});
