import { newTrackingCode, TRACKING_CODE } from './tracking-code';

test('tracking codes are TSP- and ten base32 characters without look-alike letters', () => {
  for (let i = 0; i < 200; i++) expect(newTrackingCode()).toMatch(TRACKING_CODE);
});

test('tracking codes do not repeat', () => {
  const codes = new Set(Array.from({ length: 1000 }, () => newTrackingCode()));
  expect(codes.size).toBe(1000);
});
