// Who is calling, as every subgraph sees it after verifying the bearer token itself. The roles, agency and
// consent scopes are the domain's words (subgraphs/domain: roles.ts, agency.ts, consent-scope.ts); the
// platform carries them as the token states them and only compares them.

export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'participant'; accountId: string; nik: string; sessionId: string; stepUpAt: number | null }
  | {
      kind: 'staff';
      accountId: string;
      email: string;
      roles: string[];
      agency: string | null;
      branch: string | null;
      sessionId: string;
    }
  | { kind: 'partner'; partnerId: string; name: string; scopes: string[] }
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

export function hasRole(caller: Caller, ...roles: readonly string[]): boolean {
  return caller.kind === 'staff' && caller.roles.some((role) => roles.includes(role));
}

export const STEP_UP_WINDOW_SECONDS = 15 * 60;

export function steppedUp(caller: Caller, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  return caller.kind === 'participant' && caller.stepUpAt !== null && nowSeconds - caller.stepUpAt <= STEP_UP_WINDOW_SECONDS;
}
