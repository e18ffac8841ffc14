import { BadRequestException } from '../errors/domain.exception';
import { intFilter } from './filters';
import { ListPage } from './list-page';
import { resourceName } from './list-page.response';
import { listPage, ListQuery, ListSpec, parseListQuery } from './list-query';

const spec: ListSpec = {
  filters: { id: intFilter(), status: intFilter() },
  sortable: ['id', 'name'],
  defaultSort: ['name', 'ASC'],
};

describe('parseListQuery', () => {
  it('reads react-admin’s filter, range and sort', () => {
    expect(parseListQuery({ filter: '{"status":2}', range: '[10,34]', sort: '["id","desc"]' }, spec)).toEqual({
      filter: { status: 2 },
      skip: 10,
      take: 25,
      sort: ['id', 'DESC'],
    });
  });

  it('defaults to the first 25 rows in the default order', () => {
    expect(parseListQuery({}, spec)).toEqual({ filter: {}, skip: 0, take: 25, sort: ['name', 'ASC'] });
  });

  it.each([
    [{ filter: '{"colour":"red"}' }, /Unknown filter field "colour"; allowed: id, status/],
    [{ sort: '["secret","ASC"]' }, /Unknown sort field "secret"/],
    [{ sort: '["id","sideways"]' }, /Sort order must be/],
    [{ range: '[0,5000]' }, /at most 1000 rows/],
    [{ range: '[-1,3]' }, /"range" must be/],
    [{ filter: '[1,2]' }, /must be a JSON object/],
    [{ filter: ['{}', '{}'] }, /must be given once/],
  ])('refuses %j', (raw, message) => {
    expect(() => parseListQuery(raw, spec)).toThrow(BadRequestException);
    expect(() => parseListQuery(raw, spec)).toThrow(message);
  });
});

describe('listPage', () => {
  it('hands the checked query to the fetch and pages its rows from the range start', async () => {
    const seen: ListQuery[] = [];
    const page = await listPage({ range: '[20,29]', sort: '["id","ASC"]' }, spec, (query) => {
      seen.push(query);
      return Promise.resolve([[21, 22], 22] as [number[], number]);
    });
    expect(seen).toEqual([{ filter: {}, skip: 20, take: 10, sort: ['id', 'ASC'] }]);
    expect(page.map((n) => `#${n}`).contentRange('actions')).toBe('actions 20-21/22');
    expect(page.map((n) => `#${n}`).data).toEqual(['#21', '#22']);
  });

  it('refuses a bad query before fetching anything', async () => {
    let fetched = false;
    const fetch = () => {
      fetched = true;
      return Promise.resolve([[], 0] as [number[], number]);
    };
    await expect(listPage({ filter: '{"colour":"red"}' }, spec, fetch)).rejects.toThrow(BadRequestException);
    expect(fetched).toBe(false);
  });
});

describe('ListPage', () => {
  it('formats Content-Range for a page and for an empty page', () => {
    expect(new ListPage([1, 2, 3], 40, 10).contentRange('actions')).toBe('actions 10-12/40');
    expect(new ListPage([], 0, 0).contentRange('actions')).toBe('actions */0');
  });

  it('names the resource from the path', () => {
    expect(resourceName('/api/action-plans')).toBe('action-plans');
    expect(resourceName('/api/action-plans/12/actions')).toBe('actions');
    expect(resourceName('/api/actions?range=%5B0%2C9%5D')).toBe('actions');
  });

  it('refuses to be serialised as an object, so a list route without its decorator fails', () => {
    expect(() => JSON.stringify(new ListPage([1], 1, 0))).toThrow(/@ListPageResponse/);
  });
});
