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
  /** Who was logged in last in this page, also after the session expired. */
  private lastUsername: string | null = null;

  /** Picks up an existing session (the cookie is http-only, so ask the server). */
  async restore(): Promise<void> {
    try {
      const res = await fetch('/auth/me');
      const body = res.ok
        ? ((await res.json()) as { user: SessionUser | null; csrfToken: string | null })
        : null;
      if (body?.user && body.csrfToken) this.set({ user: body.user, csrfToken: body.csrfToken });
    } finally {
      this.checked = true;
    }
  }

  async login(
    username: string,
    password: string,
  ): Promise<'TOO_MANY' | 'LOCKED' | 'BAD_CREDENTIALS' | null> {
    const res = await fetch('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status === 429) {
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      return body.error === 'ACCOUNT_LOCKED' ? 'LOCKED' : 'TOO_MANY';
    }
    if (!res.ok) return 'BAD_CREDENTIALS';
    const body = (await res.json()) as { user: SessionUser; csrfToken: string };
    // Someone else in the same page after an expired session: nothing the previous user had on
    // screen (canvas, undo history, caches) may reach them. A reload starts clean; the new
    // session cookie is already set, so it opens logged in.
    if (this.lastUsername !== null && this.lastUsername !== body.user.username) {
      location.reload();
      return null;
    }
    this.set(body);
    return null;
  }

  /** Ends the session and reloads: the next person at this screen starts from nothing. */
  async logout(): Promise<void> {
    await fetch('/auth/logout', { method: 'POST', headers: { 'x-csrf-token': this.csrf ?? '' } });
    this.clear();
    location.reload();
  }

  clear(): void {
    this.user = null;
    this.csrf = null;
  }

  private set(body: { user: SessionUser; csrfToken: string }): void {
    this.lastUsername = body.user.username;
    this.user = body.user;
    this.csrf = body.csrfToken;
  }
}

export const session = new Session();
