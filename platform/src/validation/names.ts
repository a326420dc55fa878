// Comparing a person's name as typed with the name on a record, the one rule of the hub (identity checks,
// number recovery, an account holder's name, …): case and spacing do not count
// ("SITI  rahmawati" is "Siti Rahmawati"); every letter does, and an empty name matches nothing.

export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function namesMatch(typed: string, recorded: string): boolean {
  const a = normaliseName(typed);
  return a.length > 0 && a === normaliseName(recorded);
}
