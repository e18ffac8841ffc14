/** A few plain HTTP calls for preparing the scenarios (log in, look up ids, link a re-evaluation). */
export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export class Api {
  constructor(readonly base: string) {}

  async call<T = unknown>(method: string, path: string, token?: string, body?: unknown): Promise<Answer<T>> {
    const res = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text for the error message
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** The call's body, or an error naming what failed with the answer. */
  async expect<T = unknown>(status: number, method: string, path: string, token?: string, body?: unknown): Promise<T> {
    const answer = await this.call<T>(method, path, token, body);
    if (answer.status !== status)
      throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
    return answer.body;
  }

  async login(email: string, password: string): Promise<string> {
    return (await this.expect<{ accessToken: string }>(200, 'POST', '/api/auth/login', undefined, { email, password }))
      .accessToken;
  }
}

/** A route that Nest does not know answers 404 "Cannot GET …": the feature has not landed yet. */
export function isMissingRoute(answer: Answer): boolean {
  const message = (answer.body as { message?: unknown } | null)?.message;
  return answer.status === 404 && typeof message === 'string' && /^Cannot (GET|POST|PUT|DELETE)/.test(message);
}
