import { describe, expect, it } from 'vitest';
import { extract } from './helpers';

/** Each event as source>target:code, with "!" for a negated one. */
const coded = (text: string): string[] =>
  extract(text)
    .events.map(
      (event) =>
        `${event.source.country ?? event.source.id}>${event.target.country ?? event.target.id}:${event.code}${event.negated ? '!' : ''}`,
    )
    .sort();

describe('denying a claim that names the act ("denied reports that it had ...")', () => {
  it('codes the act of the that-clause negated, after any claim noun and denying verb', () => {
    expect(coded('Iran denied accusations that it had supplied drones to Russia.')).toEqual(['IRN>RUS:072!']);
    expect(coded('Tehran on Monday denied reports that it had sent weapons to the Houthis.')).toEqual([
      'IRN>YEM:072!',
    ]);
    expect(coded('Russia rejected accusations that it had attacked Ukrainian civilians.')).toEqual([
      'RUS>UKR:190!',
    ]);
    expect(
      coded('Moscow dismissed as baseless claims that it had shelled the Ukrainian port of Odesa.'),
    ).toEqual(['RUS>UKR:194!']);
  });

  it('leaves a confirmed report and a plain that-clause positive', () => {
    expect(coded('Iran confirmed reports that it had supplied drones to Russia.')).toEqual(['IRN>RUS:072']);
    expect(coded('Kyiv said that Russia had shelled the port of Odesa.')).toContain('RUS>UKR:194');
    expect(coded('Kyiv said that Russia had shelled the port of Odesa.')).not.toContain('RUS>UKR:194!');
  });
});

describe('denying involvement in an attack', () => {
  it('codes the attack negated, aimed at who was attacked', () => {
    expect(coded('Rwanda denied involvement in the attack on Congo.')).toEqual(['RWA>COD:190!']);
    expect(coded('Kigali has denied any role in the shelling of Goma.')).toEqual(['RWA>COD:194!']);
    expect(coded('Russia denied any involvement in the strike on Ukraine.')).toEqual(['RUS>UKR:195!']);
  });

  it('codes nothing for a denial that is itself denied or a role that is not an attack', () => {
    expect(coded('Russia did not deny involvement in the attack on Ukraine.')).toEqual([]);
    expect(coded('Rwanda denied any role in the talks with Congo.')).toEqual([]);
  });
});

describe('denying or rejecting an earlier accusation', () => {
  it('codes the accused act negated, from the accused to whom the act was aimed', () => {
    expect(
      coded('Israel accused Iran of arming Hezbollah. Tehran dismissed the allegations as baseless.'),
    ).toEqual(['IRN>LBN:072!', 'ISR>IRN:112']);
    expect(
      coded(
        'The United States accused Iran of supplying missiles to the Houthis. Iran has repeatedly denied the charge.',
      ),
    ).toEqual(['IRN>YEM:072!', 'USA>IRN:112']);
    expect(coded('Congo accuses Rwanda of backing the M23 rebels, a charge Kigali denies.')).toEqual([
      'COD>RWA:112',
      'RWA>COD:072!',
    ]);
    expect(coded('Ukraine accused Belarus of arming Russia. Minsk denied any role.')).toEqual([
      'BLR>RUS:072!',
      'UKR>BLR:112',
    ]);
  });

  it('keeps a plain rejection (120) when no codable act was alleged', () => {
    expect(
      coded(
        'Burkina Faso accused Ivory Coast of harbouring coup plotters. Ivory Coast rejected the charges.',
      ),
    ).toEqual(['BFA>CIV:112', 'CIV>BFA:120']);
    expect(coded('Canada rejected accusations by Malian officials that it had concealed revenue.')).toEqual([
      'CAN>MLI:120',
    ]);
  });

  it('codes no denial of an accusation aimed at someone else, nor a bare denial with none', () => {
    expect(coded('Israel accused Iran of arming Hezbollah. Syria denied the allegations.')).toEqual([
      'ISR>IRN:112',
    ]);
    expect(coded('Mali denied the charge on Monday.')).toEqual([]);
  });

  it('keeps 120 and 125 for rejected proposals, demands and rulings', () => {
    expect(coded('Russia rejected the peace proposal put forward by Ukraine.')).toEqual(['RUS>UKR:125']);
    expect(coded('Ukraine rejected the Russian demand.')).toEqual(['UKR>RUS:120']);
  });
});

describe('fighting for a side', () => {
  it('is military support to that side, and negated when denied', () => {
    expect(coded('Thousands of North Korean soldiers fought for Russia in Kursk.')).toEqual(['PRK>RUS:072']);
    expect(coded('Cuba denied that it had sent any citizens to fight for Russia.')).toEqual(['CUB>RUS:072!']);
    expect(coded('Ukrainian troops fought Russian forces near Bakhmut.')).toEqual(['UKR>RUS:193']);
  });
});

describe('a denial by several governments', () => {
  it('is coded only for the government the accusation named', () => {
    const text =
      'SEOUL (AP) — South Korea summoned the Russian ambassador on Monday. The United States accused North Korea of supplying artillery shells to Russia, a charge both governments have denied.';
    const events = coded(text);
    expect(events).toContain('PRK>RUS:072!');
    expect(events.filter((event) => event.endsWith(':072!'))).toEqual(['PRK>RUS:072!']);
  });
});
