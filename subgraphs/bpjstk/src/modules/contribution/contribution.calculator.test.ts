import { loadConfig } from '#platform/config';
import { bpjsTkConfig } from '../../config';
import { bpuContribution, jhtShare, percentOf, puContribution, ratesFromConfig } from './contribution.calculator';

const rates = ratesFromConfig(bpjsTkConfig(loadConfig({ NODE_ENV: 'test' })));
const ALL = ['JHT', 'JKK', 'JKM', 'JP'] as const;

describe('percentOf rounds each component half up to the whole rupiah', () => {
  test('an exact half rupiah rounds up', () => {
    expect(percentOf(50, 1)).toBe(1); // 0.5 → 1
    expect(percentOf(149, 1)).toBe(1); // 1.49 → 1
    expect(percentOf(150, 1)).toBe(2); // 1.5 → 2
  });

  test('fractional rates are exact (no floating-point drift)', () => {
    expect(percentOf(1_000_000, 0.24)).toBe(2_400);
    expect(percentOf(3_333_333, 0.3)).toBe(10_000); // 9,999.999 → 10,000
    expect(percentOf(5_000_000, 3.7)).toBe(185_000);
  });
});

describe('PU (wage earner) contributions', () => {
  test('a Rp 5,000,000 wage in risk class 1 pays the documented shares', () => {
    const c = puContribution(5_000_000, 1, ALL, rates);
    expect(c.lines).toEqual([
      { program: 'JHT', employer: 185_000, worker: 100_000 },
      { program: 'JKK', employer: 12_000, worker: 0 },
      { program: 'JKM', employer: 15_000, worker: 0 },
      { program: 'JP', employer: 100_000, worker: 50_000 },
    ]);
    expect(c).toMatchObject({ employer: 312_000, worker: 150_000, total: 462_000 });
  });

  test('JP is computed on the wage up to the cap, the other programmes on the whole wage', () => {
    const c = puContribution(20_000_000, 1, ['JP', 'JHT'], rates);
    expect(c.lines.find((l) => l.program === 'JP')).toEqual({ program: 'JP', employer: 210_948, worker: 105_474 });
    expect(c.lines.find((l) => l.program === 'JHT')).toEqual({ program: 'JHT', employer: 740_000, worker: 400_000 });
  });

  test.each([
    [1, 24_000],
    [2, 54_000],
    [3, 89_000],
    [4, 127_000],
    [5, 174_000],
  ])('JKK in risk class %i costs the employer %i on a Rp 10,000,000 wage', (riskClass, jkk) => {
    expect(puContribution(10_000_000, riskClass, ['JKK'], rates).employer).toBe(jkk);
  });

  test('only the chosen programmes are charged', () => {
    expect(puContribution(4_000_000, 2, ['JKK', 'JKM'], rates).total).toBe(21_600 + 12_000);
  });

  test('a risk class outside 1 to 5 is refused', () => {
    expect(() => puContribution(1_000_000, 6, ALL, rates)).toThrow(RangeError);
  });
});

describe('BPU (self-employed) contributions', () => {
  test('JKK 1 %, JHT 2 % of the declared income and a flat JKM of Rp 6,800', () => {
    const c = bpuContribution(2_000_000, ['JKK', 'JKM', 'JHT'], rates);
    expect(c.lines).toEqual([
      { program: 'JHT', employer: 0, worker: 40_000 },
      { program: 'JKK', employer: 0, worker: 20_000 },
      { program: 'JKM', employer: 0, worker: 6_800 },
    ]);
    expect(c.total).toBe(66_800);
    expect(jhtShare(c)).toEqual({ employer: 0, worker: 40_000 });
  });

  test('JP is not a BPU programme and is never charged', () => {
    expect(bpuContribution(2_000_000, ['JKK', 'JKM', 'JP'], rates).total).toBe(26_800);
  });

  test('rates come from configuration', () => {
    const custom = ratesFromConfig(bpjsTkConfig(loadConfig({ NODE_ENV: 'test', BPU_JKM_FLAT: '10000', BPU_JKK_RATE: '0.5' })));
    expect(bpuContribution(1_000_000, ['JKK', 'JKM'], custom).total).toBe(5_000 + 10_000);
  });
});
