import { freePort, startRedis, TestRedis } from '../support/redis-server';
import { startTestApp, TestApp } from '../support/test-app';

describe('health', () => {
  describe('embedded default (no REDIS_URL)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('answers 200 with the database up and the inline queue', async () => {
      const res = await t.http().get('/api/health').expect(200);
      expect(res.body).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' }, queue: { status: 'up', driver: 'inline' } },
      });
    });
  });

  describe('with a real Redis', () => {
    let redis: TestRedis;
    let t: TestApp;
    beforeAll(async () => {
      redis = await startRedis();
      t = await startTestApp({ REDIS_URL: redis.url });
    });
    afterAll(async () => {
      await t.close();
      await redis.stop();
    });

    it('reports the bullmq driver up, then 503 naming the queue once Redis is gone', async () => {
      const up = await t.http().get('/api/health').expect(200);
      expect(up.body.info.queue).toEqual({ status: 'up', driver: 'bullmq' });
      await redis.stop();
      const down = await t.http().get('/api/health').expect(503);
      expect(down.body.status).toBe('error');
      expect(down.body.error.queue).toMatchObject({ status: 'down', driver: 'bullmq' });
      expect(down.body.info.database.status).toBe('up');
    });
  });

  describe('with Redis configured but never reachable', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    });
    afterAll(() => t.close());

    it('still starts, and health says 503 for the queue', async () => {
      const res = await t.http().get('/api/health').expect(503);
      expect(res.body.error.queue.status).toBe('down');
    });
  });
});
