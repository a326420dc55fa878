// Password hashing with argon2id (@node-rs/argon2's defaults: 19 MiB, 2 passes).
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which swc cannot inline)

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** Spends the same time as a real check when the e-mail is unknown, so timing reveals nothing. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword('no-account-has-this-password');
  await verifyPassword(await dummy, password);
  return false;
}
