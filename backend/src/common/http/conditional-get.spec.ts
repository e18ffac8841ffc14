import { conditionalReply, matchesEtag } from './conditional-get';

describe('conditional GET', () => {
  const etag = '"abc"';
  const answer = {
    body: Buffer.from('hej'),
    etag,
    contentType: 'text/csv; charset=utf-8',
    headers: { 'Cache-Control': 'public, no-cache' },
  };

  it('matches the ETag as is, weak, in a list, or as *', () => {
    expect(matchesEtag(etag, etag)).toBe(true);
    expect(matchesEtag(`W/${etag}`, etag)).toBe(true);
    expect(matchesEtag(`"x", ${etag}`, etag)).toBe(true);
    expect(matchesEtag('*', etag)).toBe(true);
    expect(matchesEtag('"abd"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
    expect(matchesEtag('', etag)).toBe(false);
  });

  it('answers the body with its type and validator when the client has another version', () => {
    const result = conditionalReply('"old"', answer);
    expect(result.body).toBe(answer.body);
    expect(result.options).toEqual({
      headers: { 'Cache-Control': 'public, no-cache', ETag: etag, 'Content-Type': 'text/csv; charset=utf-8' },
    });
  });

  it('answers 304 without body or Content-Type when the client holds this version', () => {
    const result = conditionalReply(etag, answer);
    expect(result.body).toBeUndefined();
    expect(result.options).toEqual({ status: 304, headers: { 'Cache-Control': 'public, no-cache', ETag: etag } });
  });
});
