// The logged-in user and the CSRF token the API wants on every GraphQL request.
export interface SessionUser {
  username: string;
  displayName: string;
  roles: string[];
  clearance: number;
  compartments: string[];
}

class Session {
  user = $state<SessionUser | null>(null);
  csrf: string | null = null;
  checked = $state(false);

  /** Picks up an existing session (the cookie is http-only, so ask the server). */
  async restore(): Promise<void> {
    try {
      const res = await fetch('/auth/me');
      if (res.ok) this.set((await res.json()) as { user: SessionUser; csrfToken: string });
    } finally {
      this.checked = true;
    }
  }

  async login(username: string, password: string): Promise<string | null> {
    const res = await fetch('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) return res.status === 429 ? 'TOO_MANY' : 'BAD_CREDENTIALS';
    this.set((await res.json()) as { user: SessionUser; csrfToken: string });
    return null;
  }

  async logout(): Promise<void> {
    await fetch('/auth/logout', { method: 'POST', headers: { 'x-csrf-token': this.csrf ?? '' } });
    this.clear();
  }

  clear(): void {
    this.user = null;
    this.csrf = null;
  }

  private set(body: { user: SessionUser; csrfToken: string }): void {
    this.user = body.user;
    this.csrf = body.csrfToken;
  }
}

export const session = new Session();
