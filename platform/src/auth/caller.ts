// Who is calling, as every subgraph sees it after verifying the bearer token itself.

export type Agency = 'TASPEN' | 'BPJSTK';
export type StaffRole = 'TASPEN_OFFICER' | 'BPJSTK_OFFICER' | 'HUB_ADMIN' | 'AUDITOR';
export type ConsentScope = 'PROFILE_READ' | 'CARDS_READ' | 'BALANCES_READ' | 'SUBMISSIONS_READ' | 'CLAIMS_READ';

export const STAFF_ROLES: readonly StaffRole[] = ['TASPEN_OFFICER', 'BPJSTK_OFFICER', 'HUB_ADMIN', 'AUDITOR'];
export const CONSENT_SCOPES: readonly ConsentScope[] = [
  'PROFILE_READ', 'CARDS_READ', 'BALANCES_READ', 'SUBMISSIONS_READ', 'CLAIMS_READ',
];

export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'participant'; accountId: string; nik: string; sessionId: string; stepUpAt: number | null }
  | {
      kind: 'staff';
      accountId: string;
      email: string;
      roles: StaffRole[];
      agency: Agency | null;
      branch: string | null;
      sessionId: string;
    }
  | { kind: 'partner'; partnerId: string; name: string; scopes: ConsentScope[] }
  /** A kiosk session: a walk-in participant proven by SMS code at an MPP kiosk, for that person alone. */
  | { kind: 'kiosk'; kioskId: string; kioskName: string; accountId: string; nik: string; sessionId: string }
  /**
   * A registered MPP kiosk itself (its long-lived device token). It may only start kiosk sessions:
   * it reads nobody's data until a walk-in participant proves who they are with an SMS code.
   */
  | { kind: 'kiosk-device'; kioskId: string; kioskName: string };

export type CallerKind = Caller['kind'];

export const ANONYMOUS: Caller = { kind: 'anonymous' };

/** The NIK whose own data the caller may see (participant or kiosk session), else null. */
export function ownNik(caller: Caller): string | null {
  return caller.kind === 'participant' || caller.kind === 'kiosk' ? caller.nik : null;
}

export function hasRole(caller: Caller, ...roles: StaffRole[]): boolean {
  return caller.kind === 'staff' && caller.roles.some((role) => roles.includes(role));
}

export const STEP_UP_WINDOW_SECONDS = 15 * 60;

export function steppedUp(caller: Caller, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  return caller.kind === 'participant' && caller.stepUpAt !== null && nowSeconds - caller.stepUpAt <= STEP_UP_WINDOW_SECONDS;
}
