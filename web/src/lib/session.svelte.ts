// The logged-in user and the CSRF token the API wants on every GraphQL request.
export interface SessionUser {
  username: string;
  displayName: string;
  roles: string[];
  clearance: number;
  compartments: string[];
  /** The password was set by an administrator: it must be changed before anything else. */
  mustChangePassword?: boolean;
}

/** Why a password change was refused (`Session.changePassword`). */
export type PasswordProblem =
  | 'BAD_CREDENTIALS'
  | 'WEAK_PASSWORD'
  | 'SAME_PASSWORD'
  | 'LOCKED'
  | 'TOO_MANY'
  | 'ENDED'
  | 'INVALID'
  | 'NETWORK';

/** The page's address without the open investigation (#inv=…): the next user starts clean. */
export function forgetAddress(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

/** Who the server says this browser is logged in as (GET /auth/me); null if it did not say. */
async function whoIsLoggedIn(): Promise<{
  user: SessionUser | null;
  csrfToken: string | null;
  /** The session is one of an account an administrator disabled. */
  disabled?: boolean;
} | null> {
  const res = await fetch('/auth/me');
  return res.ok
    ? ((await res.json()) as { user: SessionUser | null; csrfToken: string | null })
    : null;
}

class Session {
  user = $state<SessionUser | null>(null);
  csrf: string | null = null;
  checked = $state(false);
  /** The session ended under this page: it expired, or was closed in another tab. */
  ended = $state(false);
  /** It ended because an administrator disabled the account: said so at the login. */
  endedDisabled = $state(false);
  /** The page is about to reload on purpose: no "unsaved changes" question then. */
  leaving = false;
  /** Tells this browser's other tabs of a logout, so they ask for a login at once. */
  private tabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('trama');
  /** Who was logged in last in this page, also after the session expired. */
  private lastUsername: string | null = null;

  constructor() {
    this.tabs?.addEventListener('message', (e: MessageEvent) => {
      if (e.data === 'logout') this.lost();
    });
    if (typeof document !== 'undefined')
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void this.recheck();
      });
  }

  /** Picks up an existing session (the cookie is http-only, so ask the server). */
  async restore(): Promise<void> {
    try {
      const body = await whoIsLoggedIn();
      if (body?.user && body.csrfToken) this.set({ user: body.user, csrfToken: body.csrfToken });
    } finally {
      this.checked = true;
    }
  }

  async login(
    username: string,
    password: string,
  ): Promise<
    'TOO_MANY' | 'LOCKED' | 'DISABLED' | 'BAD_CREDENTIALS' | 'INSECURE' | 'NETWORK' | null
  > {
    let res: Response;
    try {
      res = await fetch('/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    } catch {
      return 'NETWORK';
    }
    if (res.status === 429 || res.status === 400 || res.status === 403) {
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      if (body.error === 'INSECURE_TRANSPORT') return 'INSECURE';
      if (body.error === 'ACCOUNT_DISABLED') return 'DISABLED';
      if (res.status === 429) return body.error === 'ACCOUNT_LOCKED' ? 'LOCKED' : 'TOO_MANY';
    }
    // A proxy's 502/503 (the API down) is not a wrong password.
    if (res.status >= 500) return 'NETWORK';
    if (!res.ok) return 'BAD_CREDENTIALS';
    const body = (await res.json()) as { user: SessionUser; csrfToken: string };
    // Someone else in the same page after an expired session: nothing the previous user had on
    // screen (canvas, undo history, caches) may reach them. A reload starts clean; the new
    // session cookie is already set, so it opens logged in.
    if (this.lastUsername !== null && this.lastUsername !== body.user.username) {
      this.leaving = true;
      forgetAddress();
      location.reload();
      return null;
    }
    this.set(body);
    return null;
  }

  /**
   * Changes the user's own password (the current one checked by the server); every other
   * session of the account ends, and this one goes on with the new cookie and CSRF token the
   * answer brings. Null when changed, else why not.
   */
  async changePassword(current: string, next: string): Promise<PasswordProblem | null> {
    let res: Response;
    try {
      res = await fetch('/auth/password', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': this.csrf ?? '' },
        body: JSON.stringify({ current, next }),
      });
    } catch {
      return 'NETWORK';
    }
    if (res.ok) {
      const body = (await res.json()) as { user: SessionUser; csrfToken: string };
      this.set(body);
      return null;
    }
    const { error } = (await res.json().catch(() => ({}))) as { error?: string };
    if (error === 'CSRF') {
      // Another tab replaced this session: ask who is logged in now.
      await this.recheck();
      return 'ENDED';
    }
    if (res.status === 401 && error !== 'BAD_CREDENTIALS') {
      // The session itself is gone (expired, closed elsewhere): the login says so.
      this.lost();
      return 'ENDED';
    }
    if (res.status === 429) return error === 'ACCOUNT_LOCKED' ? 'LOCKED' : 'TOO_MANY';
    if (error === 'BAD_CREDENTIALS' || error === 'WEAK_PASSWORD' || error === 'SAME_PASSWORD')
      return error;
    if (error === 'ACCOUNT_DISABLED') {
      this.lost(true);
      return 'ENDED';
    }
    return res.status >= 500 ? 'NETWORK' : 'INVALID';
  }

  /**
   * Ends the session and reloads. Refused (403) means another tab already replaced this
   * session: the reload shows whoever the browser is logged in as now, and the other tabs are
   * not told to log out. A network failure rejects, and nothing changes.
   */
  async logout(): Promise<void> {
    const res = await fetch('/auth/logout', {
      method: 'POST',
      headers: { 'x-csrf-token': this.csrf ?? '' },
    });
    if (res.ok) this.tabs?.postMessage('logout');
    this.clear();
    this.leaving = true;
    forgetAddress();
    location.reload();
  }

  /**
   * Asks the server whether this page's session still holds, and with what access: when the
   * live connection was closed under it, a request was refused (FORBIDDEN) or the page comes
   * back into view. A disabled account, or a session closed elsewhere, shows the login at once
   * rather than on the next click. No answer (the server down) changes nothing.
   */
  async recheck(): Promise<void> {
    if (!this.user) return;
    try {
      const body = await whoIsLoggedIn();
      if (body && !body.user) this.lost(body.disabled === true);
      // Still logged in, with access an administrator changed (roles, clearance, compartments,
      // name): the screens it opens and the header follow at once.
      else if (
        body?.user &&
        body.user.username === this.user?.username &&
        JSON.stringify(body.user) !== JSON.stringify(this.user)
      )
        this.user = body.user;
    } catch {
      // No server: the live connection retries, and the next request says what happened.
    }
  }

  /**
   * The server no longer knows this session (`disabled`: its account was disabled): ask for a
   * login, keeping the page as it is.
   */
  lost(disabled = false): void {
    if (this.user) {
      this.ended = true;
      this.endedDisabled = disabled;
    }
    this.clear();
  }

  clear(): void {
    this.user = null;
    this.csrf = null;
  }

  private set(body: { user: SessionUser; csrfToken: string }): void {
    this.ended = false;
    this.lastUsername = body.user.username;
    this.user = body.user;
    this.csrf = body.csrfToken;
  }
}

export const session = new Session();
