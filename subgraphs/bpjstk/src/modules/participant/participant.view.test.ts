import { memberSinceOf } from './participant.view';

describe('memberSince', () => {
  test('is the recorded first day of the membership when there is one', () => {
    expect(memberSinceOf({ memberSince: '2012-01-15', activatedAt: new Date('2020-05-01T03:00:00Z') })).toBe('2012-01-15');
  });

  test('falls back to the day of the first activation (generated people), else unknown', () => {
    expect(memberSinceOf({ memberSince: null, activatedAt: new Date('2014-03-01T00:00:00Z') })).toBe('2014-03-01');
    expect(memberSinceOf({ memberSince: null, activatedAt: null })).toBeNull();
  });
});
