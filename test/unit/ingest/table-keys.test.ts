import { describe, expect, it } from 'vitest';
import { actorIndexKeys, actorScope, eventIndexKeys, UNDATED } from '../../../adapters/dynamodb/keys';
import { tableDefinition } from '../../../adapters/dynamodb/table';

const event = {
  id: 'evt-1',
  date: '2023-10-18',
  root: '04',
  code: '042',
  source: { id: 'RUS-GOV-sergey-lavrov', country: 'RUS' },
  target: { id: 'IGO-UN', country: null },
};

describe('table keys', () => {
  it('indexes an event under its source scope, target scope and day', () => {
    expect(eventIndexKeys(event)).toEqual({
      gsi1pk: 'SOURCE#RUS',
      gsi1sk: '2023-10-18#evt-1',
      gsi2pk: 'TARGET#IGO-UN',
      gsi2sk: '2023-10-18#evt-1',
      gsi3pk: 'DAY#2023-10-18',
      gsi3sk: '04#042#evt-1',
    });
  });

  it('scopes an actor by country, or by its own id when it has none', () => {
    expect(actorScope({ id: 'RUS-GOV', country: 'RUS' })).toBe('RUS');
    expect(actorScope({ id: 'IGO-UN', country: null })).toBe('IGO-UN');
    expect(actorIndexKeys({ id: 'IGO-UN', country: null }).gsi1pk).toBe('ACTORS#NONE');
  });

  it('sorts undated events after every date, so a date range skips them', () => {
    const undated = eventIndexKeys({ ...event, date: null }).gsi1sk;
    expect(undated.startsWith(UNDATED)).toBe(true);
    expect(undated > '9999-12-31~').toBe(true);
    expect('2023-10-18#evt-1' < '2023-10-18~').toBe(true);
  });

  it('defines the table the CDK stack deploys: pk/sk, three ALL-projection indexes, a NEW_AND_OLD_IMAGES stream', () => {
    const definition = tableDefinition('t');
    expect(definition.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(
      definition.GlobalSecondaryIndexes?.map((index) => [index.IndexName, index.Projection?.ProjectionType]),
    ).toEqual([
      ['gsi1', 'ALL'],
      ['gsi2', 'ALL'],
      ['gsi3', 'ALL'],
    ]);
    expect(definition.StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
  });
});
