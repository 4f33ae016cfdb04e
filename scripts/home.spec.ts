import { describe, expect, test } from 'vitest';
import { coveredCodes, homeFromEnv, readGeographies } from './home';
import { resolveHome } from '../src/lib/dataset/home';
import { HOME } from '../src/lib/dataset/schema';

describe('homeFromEnv reads OPPVEKST_KOMMUNE against data/', () => {
  test("defaults to 4001 Porsgrunn in Telemark, with Porsgrunn's plan", () => {
    expect(homeFromEnv({})).toMatchObject({
      code: '4001',
      name: 'Porsgrunn',
      genitive: 'Porsgrunns',
      county: '40',
      countyName: 'Telemark',
      formerCounty: '38',
      country: '0',
      countryName: 'Norge',
      plan: true
    });
    expect(homeFromEnv({ OPPVEKST_KOMMUNE: ' ' }).code).toBe('4001');
  });

  test('gives Skien in Telemark for 4003, without a plan, and its codes since 2011', () => {
    expect(homeFromEnv({ OPPVEKST_KOMMUNE: '4003' })).toEqual({
      code: '4003',
      name: 'Skien',
      genitive: 'Skiens',
      county: '40',
      countyName: 'Telemark',
      formerCounty: '38',
      country: '0',
      countryName: 'Norge',
      codes: [
        { code: '0806', from: 2011, to: 2019 },
        { code: '3807', from: 2020, to: 2023 },
        { code: '4003', from: 2024, to: null }
      ],
      plan: false
    });
  });

  test.each([
    [
      '0301',
      /^OPPVEKST_KOMMUNE=0301: kommunenummeret finnes ikke i data\/geographies\.csv\. Dataene som følger med dekker 4001 Porsgrunn, 4003 Skien/
    ],
    ['Skien', /^OPPVEKST_KOMMUNE=Skien: et kommunenummer har fire siffer/],
    ['3807', /^OPPVEKST_KOMMUNE=3807: 3807 \(Skien\) gjaldt til 2023; bruk dagens nummer 4003\./],
    ['40', /^OPPVEKST_KOMMUNE=40: et kommunenummer har fire siffer/],
    ['0821', /^OPPVEKST_KOMMUNE=0821: 0821 \(Bø \(Telemark\)\) gjaldt til 2019\. /]
  ])('refuses %s with a Norwegian message naming the setting and the value', (value, message) => {
    expect(() => homeFromEnv({ OPPVEKST_KOMMUNE: value })).toThrow(message);
  });

  test('refuses a current municipality the shipped data do not cover', () => {
    const covered = new Set([...coveredCodes()].filter((c) => c !== '4020'));
    expect(() => resolveHome('4020', readGeographies(), covered)).toThrow(
      /^OPPVEKST_KOMMUNE=4020: dataene og kartet som følger med har ingen tall for Midt-Telemark \(4020\)\./
    );
  });

  test("the build's HOME is the one the test run's setting gives", () => {
    expect(HOME).toEqual(homeFromEnv());
  });
});
