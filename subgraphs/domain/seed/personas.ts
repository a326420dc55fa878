// The fixed demo people, staff and branch offices (a copy of the consumer contract's personas.json;
// a test keeps the two identical).
import data from './personas.json';

export interface PersonaTaspen {
  nip: string;
  employer: string;
  status: string;
  appointedOn: string;
  thtBalance: number;
  cardNumber: string;
}

export interface PersonaBpjsTk {
  kpj: string;
  membership: 'PU' | 'BPU';
  /** First day of the membership, `YYYY-MM-DD`: the persona's ledger starts that month. */
  memberSince: string;
  status: 'ACTIVE' | 'INACTIVE' | 'RETIRED' | 'PENDING_PAYMENT';
  inactiveSince?: string;
  employer?: string;
  jhtBalance: number;
}

export interface Persona {
  key: string;
  fullName: string;
  nik: string;
  birthDate: string;
  gender: 'M' | 'F';
  taspen?: PersonaTaspen;
  bpjsTk?: PersonaBpjsTk;
}

export interface PersonaStaff {
  email: string;
  roles: string[];
  branch?: string;
}

export interface PersonaBranch {
  name: string;
  city: string;
  latitude: number;
  longitude: number;
}

export const personas = data as unknown as { people: Persona[]; staff: PersonaStaff[]; branchOffices: PersonaBranch[] };
