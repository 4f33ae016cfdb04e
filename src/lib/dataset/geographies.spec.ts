import { describe, expect, it } from 'vitest';
import { codeForName, GEOGRAPHIES, geography, harmonise, outOfScope } from './geographies';

describe('harmonise', () => {
  it.each([
    ['0805', 2019, '4001', true],
    ['0805', 2020, '4001', false],
    ['3806', 2021, '4001', true],
    ['4001', 2024, '4001', true],
    ['08', 2018, '40', true],
    ['40', 2025, '40', true],
    ['38', 2021, '38', true],
    ['38', 2024, '38', false],
    ['0821', 2019, '0821', true],
    ['0822', 2019, '0822', true],
    ['3817', 2020, '4020', true],
    ['00', 2020, '0', true],
    ['0', 2015, '0', true]
  ])('%s in %i is stored under %s (in force: %s)', (code, year, geo, inForce) => {
    expect(harmonise(code, year)).toEqual({ geo, inForce });
  });

  it('knows no code outside the table', () => {
    expect(harmonise('805', 2019)).toBeUndefined();
    expect(harmonise('3801', 2021)).toBeUndefined();
  });

  it('never joins 38 to 40, nor Bø and Sauherad to Midt-Telemark', () => {
    expect(geography('38')).toMatchObject({ successor: '', harmonised: '' });
    expect(geography('0821')).toMatchObject({ successor: '3817', harmonised: '' });
    expect(geography('0822')).toMatchObject({ successor: '3817', harmonised: '' });
  });
});

describe('the geography table', () => {
  it('holds Norway, three counties, 17 municipalities with their 2020-2023 codes and 16 plus Bø and Sauherad before 2020', () => {
    const count = (level: string, pattern: RegExp) =>
      GEOGRAPHIES.filter((g) => g.level === level && pattern.test(g.code)).length;
    expect(count('land', /^0$/)).toBe(1);
    expect(GEOGRAPHIES.filter((g) => g.level === 'fylke').map((g) => g.code)).toEqual(['08', '38', '40']);
    expect([count('kommune', /^40/), count('kommune', /^38/), count('kommune', /^08/)]).toEqual([17, 17, 18]);
  });

  it('chains each old municipality code through its successor to the code it is harmonised to', () => {
    const chained = GEOGRAPHIES.filter((x) => x.level === 'kommune' && x.harmonised && x.successor);
    expect(chained).toHaveLength(33);
    for (const g of chained) {
      const next = geography(g.successor)!;
      expect(next.valid_from).toBe(g.valid_to! + 1);
      expect(next.harmonised).toBe(g.harmonised);
    }
  });

  it('lets 08 Telemark skip 38 and join 40, whose borders it shares', () => {
    expect(geography('08')).toMatchObject({ valid_to: 2019, successor: '38', harmonised: '40' });
    expect(geography('40')).toMatchObject({ valid_from: 2024, harmonised: '40' });
  });
});

describe('codeForName', () => {
  it.each([
    ['Porsgrunn', undefined, '4001'],
    ['Porsgrunn', 2020, '3806'],
    ['Porsgrunn', 2019, '0805'],
    ['Hele landet', undefined, '0'],
    ['Landet', undefined, '0'],
    ['Telemark', undefined, '40'],
    ['Telemark', 2015, '08'],
    ['Vestfold og Telemark', undefined, '38'],
    ['Vestfold og Telemark', 2020, '38'],
    ['Midt-Telemark', 2020, '3817'],
    ['Horten', undefined, undefined],
    ['Porsgrun', undefined, undefined]
  ])('%s (%s) is %s', (name, year, code) => {
    expect(codeForName(name, year)).toBe(code);
  });
});

it('outOfScope covers Vestfold, not Telemark', () => {
  expect(['0701', '3801', '3811'].map(outOfScope)).toEqual([true, true, true]);
  expect(['0805', '3806', '4001', '38'].map(outOfScope)).toEqual([false, false, false, false]);
});
