import { describe, expect, it } from 'vitest';
import { schemaDrift } from '../../../node-shared/db/schema-history';
import { migrations } from './migrations';

/**
 * The schema each released migration leaves, pinned: sha256 of sqlite_schema's text after migration 1, 2, 3 …
 * (node-shared/db/schema-history.ts). A released migration is never edited, so a line here never changes; a new
 * migration adds its line. A mismatch means a migration now builds another schema than the one every cache in
 * the field was built with — even if only by white space, which SQLite keeps.
 */
const released = [
  '1907086f3d3cb7fe9f4a168184ea89978f73b7f8fa169ec65d4fc69ff5de5ab0',
  'b93a493feb127c4487d094a50484e5365f2bf8c8d8aea57106cbcf10f878c3d9',
  'db9f8895199ce0f96f37ce9035dbe6d0e7dcb788603c344a849a11a22bdc9890',
  '2fbe020e61494b25a9b1adfc6a717d2f3a339bfe90b9f99be99bcab8b531e50a',
  '600d025912a4facd7130f75d524c9c6dd9e178f95c92700207462840ba3bab78',
  'a23275feede01ec1338bbf0ab3ab70f3987dacb07275a2730a9edd174f4ed6ea',
  'b49634dd996f46a426578e7892dafb9dd37fd7047d32a87bb626425a8440d120',
  '1db5d6337867e84667fee55b64c57e9cf383f0718ccaab3416b6990f393c2897',
  '3eb9b5df5140f7fd653d0811f93104a3e5018be5c5f8ef6c9e1738d5260e1758',
  'abacc8659e21565c21265b0511ed845c32e71669372970368c5d6693381378b0',
  '3dd0ff3034969a6958dbff82ac57b286fa55337df8fa1734908255faad783675',
  '9c227e503e56cf6c3fbc7d9564d3005830b9ef732f57fee935f0654dde4f2d1f',
  '2c84a3e9e503c97c00c196cdaa03f963fc7ab5f5e00a01b001fbfe3d1923e4f6',
  'cf382a98c7500f17cf3fea1782fed5d4e0687064ff7c8d787e44028fd32f58b0',
  '72b4cad4b4988fc26928abfb61e0183e176916dc41a5b1e3c1248532eb9c3aff',
  '4ce57a74b394644c894ad2307a990502387be94216f82d01a1171c9ab5509441',
  '0faacd1d6aa57580e9e1353da7a83a1d4a166900b746d8e61aeb942568e83b1c',
  '56643baaf1ba61f5a92a27a2bb1999dd56abb75644ca9895a45945ffbf784728',
  '6c995b511fb3a7867a2fbdfe9c7d5274bf737332d4f493ec135700a155900eb3',
  'e058237656faba115629d8a3713622a94697c1019c8e7ae00d7076e54323b391',
  '937d24541a70455a8cc979fe2cc8888585ab496e4eb54e3c4c274a03be15fc70',
];

describe('client migrations, as released', () => {
  it('build the very schema they built when released, version by version', () => {
    expect(schemaDrift(migrations, released)).toEqual({ changed: [], unpinned: [] });
  });
});
