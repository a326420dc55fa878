// An agency's dashboard counts list every status of its enum, in the enum's order, with 0 where none are counted.
import { everyStatusCounted } from './dashboard';

test('every status is listed in the enum’s order, with 0 for a status nothing was counted in', () => {
  const statuses = { SUBMITTED: 'SUBMITTED', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
  const counts = new Map([
    ['REJECTED', 2],
    ['SUBMITTED', 5],
  ]);
  expect(everyStatusCounted(statuses, counts)).toEqual([
    { status: 'SUBMITTED', count: 5 },
    { status: 'APPROVED', count: 0 },
    { status: 'REJECTED', count: 2 },
  ]);
});
