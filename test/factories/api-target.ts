import request from 'supertest';

/**
 * What the API factories build data through: an HTTP client of a running Kompass and an admin's token. The API
 * tests' TestApp is one (supertest on the in-process app); the browser suite makes one for its spawned server.
 * Files the browser suite imports use only this, so they never load the backend into the test process.
 */
export interface ApiTarget {
  http: () => ReturnType<typeof request>;
  adminToken: string;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A Kompass at `baseUrl` (e.g. the browser suite's server), acting as the admin with `adminToken`. */
export function apiTarget(baseUrl: string, adminToken: string): ApiTarget {
  return { http: () => request(baseUrl), adminToken };
}

/** The created record of a 201, or an error naming what failed and why. */
export function expectCreated<T>(response: { status: number; body: unknown }, what: string): T {
  if (response.status !== 201)
    throw new Error(`Creating ${what} failed: ${response.status} ${JSON.stringify(response.body).slice(0, 500)}`);
  return response.body as T;
}
