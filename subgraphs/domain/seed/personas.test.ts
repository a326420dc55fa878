// The seeded personas are a copy of the consumer contract's personas.json; the two must never drift.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '#platform/paths';

const contractCopy = path.join(projectRoot(), '..', 'shared', 'contract', 'personas.json');
const ownCopy = path.join(__dirname, 'personas.json');

(fs.existsSync(contractCopy) ? describe : describe.skip)('personas.json', () => {
  it('is identical to the contract (../shared/contract/personas.json)', () => {
    expect(JSON.parse(fs.readFileSync(ownCopy, 'utf8'))).toEqual(JSON.parse(fs.readFileSync(contractCopy, 'utf8')));
  });
});
