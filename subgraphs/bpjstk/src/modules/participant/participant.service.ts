// A person's BPJS TK record and its card, as the graph shows them. Built once per process (services.ts);
// each call gets the request's scope. Who may read which part is decided by the shield rules (participant.rules.ts).
import type { HubConfig } from '#platform/config';
import type { BpjsTkContext } from '../../context';
import { toCard } from '../card/card.service';
import type { BpjsTkCard } from '../card/card.type';
import { isTrustedRecord } from './participant.entity';
import { isBpjsTkReader } from './participant.rules';
import type { BpjsTkParticipant } from './participant.type';
import { toParticipant } from './participant.view';

/** What a participant read needs of its request. */
export type ParticipantScope = Pick<BpjsTkContext, 'caller' | 'loaders'>;

export interface ParticipantServiceDeps {
  /** Where card download links point, and the key that signs a staff member's link. */
  config: Pick<HubConfig, 'internalServiceSecret' | 'HUB_PUBLIC_URL' | 'PORT'>;
}

export class ParticipantService {
  constructor(private readonly deps: ParticipantServiceDeps) {}

  /** The person's record, null when there is none or it is an unverified self-registration read by someone other than BPJS TK staff. */
  async ofPerson(scope: ParticipantScope, nik: string): Promise<BpjsTkParticipant | null> {
    const record = await scope.loaders.participantByNik.load(nik);
    if (!record) return null;
    // An unverified self-registration is not the person's record until an officer verifies it: only
    // BPJS TK staff see it (in the verification queue and here).
    if (!isTrustedRecord(record) && !isBpjsTkReader(scope.caller)) return null;
    return toParticipant(record);
  }

  /** The digital KPJ card, null until issued; a staff member's download link is signed. */
  async card(scope: ParticipantScope, kpj: string): Promise<BpjsTkCard | null> {
    const record = await scope.loaders.cardByKpj.load(kpj);
    return record ? toCard(record, this.deps.config, scope.caller.kind === 'staff') : null;
  }
}
