// Confirmation status of a weapons test from who reports it: the testing state's own state media,
// government or military claim it; another state's military, government or intelligence confirm
// it; anyone else (agencies, experts) only reports it.
import type { Attribution, ConfirmationStatus, Entity, SourceType } from '../../../model/types.js';

const OFFICIAL: ReadonlySet<SourceType> = new Set(['state_media', 'government', 'military', 'intelligence', 'official', 'anonymous_official']);

export interface Voucher {
  name: string;
  type: SourceType;
  country: string | null;
  /** Whether the speaker is an organisation (a ministry, an army), not a person. */
  organisation?: boolean;
}

export interface Confirmation {
  status: ConfirmationStatus;
  claimedBy: string[];
  confirmedBy: string[];
  reportedBy: string[];
}

/** Cues by which a speaker contests what it is about ("a claim South Korea's military disputed"): no vouching. */
const CONTESTING_CUE = /^(?:disput|den(?:y|ies|ied|ying|ial)|reject|doubt|question|dismiss|refut|contest|rebut)/i;

/** The speaker of an attribution with the country it speaks for, from its entity; none when the speaker contests it. */
export function voucherOf(a: Attribution, entities: ReadonlyMap<string, Entity>): Voucher | null {
  if (!a.source || CONTESTING_CUE.test(a.cue.text)) return null;
  const entity = a.source.entity ? entities.get(a.source.entity) : undefined;
  return { name: a.source.name, type: a.source.type, country: entity?.country ?? null, organisation: entity?.type === 'organisation' };
}

export function confirmationOf(vouchers: readonly Voucher[], testingState: string | null): Confirmation {
  const claimedBy = new Set<string>();
  const confirmedBy = new Set<string>();
  const reportedBy = new Set<string>();
  for (const v of vouchers) {
    if (OFFICIAL.has(v.type) && testingState && v.country === testingState) claimedBy.add(v.name);
    else if (OFFICIAL.has(v.type) && v.type !== 'state_media' && v.country && v.country !== testingState) confirmedBy.add(v.name);
    else reportedBy.add(v.name);
  }
  const status: ConfirmationStatus =
    claimedBy.size && confirmedBy.size ? 'claimed_and_confirmed'
      : claimedBy.size ? 'claimed'
        : confirmedBy.size ? 'confirmed'
          : reportedBy.size ? 'reported' : 'unattributed';
  return { status, claimedBy: [...claimedBy], confirmedBy: [...confirmedBy], reportedBy: [...reportedBy] };
}
