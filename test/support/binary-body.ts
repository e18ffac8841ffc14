/**
 * A supertest parser that keeps a download's bytes. superagent types the parser's first argument as its Response;
 * at run time it is the response stream.
 */
export const binary = (response: unknown, cb: (err: Error | null, body: Buffer) => void): void => {
  const res = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
