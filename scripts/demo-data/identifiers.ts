// Identifiers: valid (or deliberately legacy) unified social credit codes and citizen ID numbers, never repeated,
// drawn from the demo's stream by the shared identifier maker.
import { drawnIdentifiers, usccOf } from '../../platform/generate/synthetic/index.ts';
import { draw } from './draws.ts';

const identifiers = drawnIdentifiers(draw);
export const makeUscc = identifiers.uscc;
export const makeCitizenId = identifiers.citizenId;
export const usedIdentifiers = identifiers.used;

// An unknown, valid USCC that is not in the data set (for trying the “no record” path). Its body is fixed, so it
// does not move when the rest of the data set changes; selfCheck() makes sure no subject has it.
export const UNKNOWN_USCC = usccOf('91', '410411', 'MA9N8K2P');
