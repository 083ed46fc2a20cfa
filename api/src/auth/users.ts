// User accounts: creation, lookup, changes. Passwords are hashed with argon2id.
import { hash, verify } from '@node-rs/argon2';
import type { Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { AppError, type Executor } from '../db/executor.js';
import { isCompartment, isRole, LEVELS, type Compartment, type Role, type User } from './roles.js';

const USERNAME = /^[a-z][a-z0-9._-]{2,31}$/;
export const MIN_PASSWORD = 10;
/** The longest password: the login and password routes take no longer (their body schemas). */
export const MAX_PASSWORD = 256;
let dummyHash: Promise<string> | undefined;

export interface NewUser {
  username: string;
  password: string;
  displayName?: string;
  roles: string[];
  clearance?: number;
  compartments?: string[];
  /**
   * Whether the user must change the password at the next login; by default, when someone
   * else chose it (an administrator, the command line), not for built-in accounts ('system').
   */
  temporary?: boolean;
}

function validUsername(username: string): string {
  if (!USERNAME.test(username))
    throw new AppError(
      'BAD_USERNAME',
      'username must be 3–32 characters: lower-case letters, digits, . _ -, starting with a letter',
    );
  return username;
}

/**
 * Runs every check and returns their values; when any fails, every failure at once, so a form
 * can mark each field at fault: one alone as it is, several as INVALID_ACCOUNT with their
 * messages joined and their codes as the details.
 */
function everyProblem(checks: (() => unknown)[]): unknown[] {
  const problems: AppError[] = [];
  const values = checks.map((check) => {
    try {
      return check();
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      problems.push(err);
      return undefined;
    }
  });
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1)
    throw new AppError(
      'INVALID_ACCOUNT',
      problems.map((p) => p.message).join('; '),
      problems.map((p) => p.code),
    );
  return values;
}

/**
 * A new password as the user typed it, judged on the two strings alone (no stored password is
 * read): a refusal here says nothing of the current one, so it needs no count towards the lock.
 */
export function checkNewPassword(username: string, current: string, next: string): void {
  validPassword(next, username);
  if (next === current)
    throw new AppError('SAME_PASSWORD', 'the new password must differ from the current one');
}

function validRoles(roles: string[]): Role[] {
  const bad = roles.filter((r) => !isRole(r));
  if (bad.length > 0 || roles.length === 0) {
    throw new AppError(
      'BAD_INPUT',
      `roles must be one or more of ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN; got ${roles.join(', ') || 'none'}`,
    );
  }
  return [...new Set(roles)] as Role[];
}

function validCompartments(list: string[]): Compartment[] {
  const bad = list.filter((c) => !isCompartment(c));
  if (bad.length > 0)
    throw new AppError(
      'BAD_INPUT',
      `unknown compartments: ${bad.join(', ')} (known: FIN, GV, MIN, INF)`,
    );
  return [...new Set(list)] as Compartment[];
}

function validClearance(c: number): number {
  if (!Number.isInteger(c) || c < 0 || c >= LEVELS.length) {
    throw new AppError(
      'BAD_INPUT',
      `clearance must be 0 (${LEVELS[0]}) to ${LEVELS.length - 1} (${LEVELS.at(-1)}); got ${c}`,
    );
  }
  return c;
}

/** Runs of keys a password may not be part of, either way round (digits wrap: 7890123). */
const RUNS = ['01234567890123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklñzxcvbnm'];

/** Words that make a password guessed first, whatever digits or signs are around them. */
const COMMON_WORDS = new Set([
  'password',
  'contrasena',
  'qwerty',
  'qwertyuiop',
  'asdfghjkl',
  'trama',
  'admin',
  'administrador',
  'usuario',
  'mexico',
  'policia',
  'secreto',
]);

/**
 * A password is at least MIN_PASSWORD characters and none of what is guessed first (NIST SP
 * 800-63B, 5.1.1.2): a few characters repeated ("aaaaaaaaaa", ten spaces), a run of keys or
 * digits ("1234567890"), the username with a few characters around it, or a common word with
 * digits and signs around it.
 * No rules on kinds of characters: a long phrase is a good password.
 */
function validPassword(p: string, username: string): string {
  const weak = (why: string) => new AppError('WEAK_PASSWORD', `a password ${why}`);
  if (p.length < MIN_PASSWORD) throw weak(`needs at least ${MIN_PASSWORD} characters`);
  if (p.length > MAX_PASSWORD) throw weak(`has at most ${MAX_PASSWORD} characters`);
  const lower = p.toLowerCase();
  if (new Set(lower.replace(/\s/g, '')).size < 4)
    throw weak('needs more than a few characters repeated');
  const backwards = [...lower].reverse().join('');
  if (RUNS.some((run) => run.includes(lower) || run.includes(backwards)))
    throw weak('cannot be a run of characters such as 1234567890');
  // The username with a few characters around it; a long phrase that happens to hold a short
  // username ("una semana en la ventana" for ana) is fine.
  if (lower.split(username.toLowerCase()).join('').length < MIN_PASSWORD)
    throw weak('cannot contain the username');
  // Accents aside: "Policía2024!" is "policia" with digits and signs.
  const letters = lower.normalize('NFD').replace(/[^\p{L}]/gu, '');
  if (COMMON_WORDS.has(letters))
    throw weak('cannot be a common word with digits or signs around it');
  return p;
}

/** How long a name shown in headers, lists and the audit trail may be. */
export const MAX_DISPLAY_NAME = 80;

/**
 * Characters a name shown to others may not hold: controls, line and paragraph separators, and
 * the invisible ones that reorder or hide text (bidi overrides and isolates, zero-width marks),
 * with which one name could pass for another in headers, lists and the audit trail.
 */
const HIDDEN_OR_BREAKING = /[\p{Cc}\p{Zl}\p{Zp}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

/** A display name, trimmed and composed (NFC): 1 to MAX_DISPLAY_NAME characters, all visible. */
function validDisplayName(name: string): string {
  const n = name.normalize('NFC').trim();
  if (n.length === 0 || [...n].length > MAX_DISPLAY_NAME || HIDDEN_OR_BREAKING.test(n))
    throw new AppError(
      'BAD_DISPLAY_NAME',
      `a display name has 1 to ${MAX_DISPLAY_NAME} visible characters, without line breaks or hidden marks; got ${[...n].length}`,
    );
  return n;
}

export function toUser(node: Node): User {
  const p = node.properties as Record<string, unknown>;
  return {
    username: String(p.username),
    displayName: String(p.displayName ?? p.username),
    roles: (p.roles as string[]).filter(isRole),
    clearance: neo4j.isInt(p.clearance)
      ? (p.clearance as { toNumber(): number }).toNumber()
      : Number(p.clearance),
    compartments: ((p.compartments as string[] | undefined) ?? []).filter(isCompartment),
    active: p.active !== false,
    mustChangePassword: p.mustChangePassword === true,
  };
}

export class UserService {
  constructor(private readonly db: Executor) {}

  async create(input: NewUser, by = 'system'): Promise<User> {
    const [, displayName, password, roles, clearance, compartments] = everyProblem([
      () => validUsername(input.username),
      // None given: the username is shown (a valid one is a valid name), and a bad one is
      // refused once, as a username.
      () => (input.displayName == null ? input.username : validDisplayName(input.displayName)),
      () => validPassword(input.password, input.username),
      () => validRoles(input.roles),
      () => validClearance(input.clearance ?? 0),
      () => validCompartments(input.compartments ?? []),
    ]) as [string, string, string, Role[], number, Compartment[]];
    const params = {
      username: input.username,
      displayName,
      passwordHash: await hash(password),
      roles,
      clearance: neo4j.int(clearance),
      compartments,
      mustChangePassword: input.temporary ?? by !== 'system',
    };
    try {
      const rows = await this.db.writeQuery(
        { operation: 'createUser', user: by },
        'auth/create-user',
        params,
      );
      return toUser(rows[0]!.u as Node);
    } catch (err) {
      if ((err as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        throw new AppError('CONFLICT', `a user named ${input.username} already exists`);
      }
      throw err;
    }
  }

  async find(username: string): Promise<{ user: User; passwordHash: string } | null> {
    const rows = await this.db.readQuery({ operation: 'findUser' }, 'auth/find-user', { username });
    const node = rows[0]?.u as Node | undefined;
    return node ? { user: toUser(node), passwordHash: String(node.properties.passwordHash) } : null;
  }

  /**
   * The user if the password is right and the account active; 'DISABLED' if right for a
   * disabled account; null otherwise (a wrong password and an unknown name answer alike).
   */
  async authenticate(username: string, password: string): Promise<User | 'DISABLED' | null> {
    const found = await this.find(username);
    if (!found) {
      // Spend the same time as a real check so response time does not reveal which names exist.
      dummyHash ??= hash('no such user, no such password');
      await verify(await dummyHash, password).catch(() => false);
      return null;
    }
    const ok = await verify(found.passwordHash, password).catch(() => false);
    if (!ok) return null;
    return found.user.active ? found.user : 'DISABLED';
  }

  async update(
    username: string,
    changes: {
      password?: string;
      roles?: string[];
      clearance?: number;
      compartments?: string[];
      active?: boolean;
      displayName?: string;
      /** As in NewUser: by default, a password set (for someone else) is temporary. */
      temporary?: boolean;
    },
    by = 'system',
  ): Promise<User> {
    // `by` is the account making the change ('cli' and 'system' are the trusted tools): no
    // account changes its own access, or another administrator would not have to agree. The
    // same values sent back (a form saving a new display name) are not a change.
    if (by === username) await this.refuseOwnAccessChange(username, changes);
    const given = <T, V>(value: T | undefined, valid: (v: T) => V) =>
      value === undefined ? null : valid(value);
    const [password, roles, clearance, compartments, displayName] = everyProblem([
      () => given(changes.password, (p) => validPassword(p, username)),
      () => given(changes.roles, validRoles),
      () => given(changes.clearance, validClearance),
      () => given(changes.compartments, validCompartments),
      () => given(changes.displayName ?? undefined, validDisplayName),
    ]) as [string | null, Role[] | null, number | null, Compartment[] | null, string | null];
    const rows = await this.db.writeQuery(
      { operation: 'updateUser', user: by },
      'auth/update-user',
      {
        username,
        passwordHash: password === null ? null : await hash(password),
        // One's own password is refused above (refuseOwnAccessChange): this is someone else's.
        mustChangePassword: changes.temporary ?? by !== 'system',
        roles,
        clearance: clearance === null ? null : neo4j.int(clearance),
        compartments,
        active: changes.active ?? null,
        displayName,
      },
    );
    const node = rows[0]?.u as Node | undefined;
    if (!node) throw new AppError('NOT_FOUND', `no user named ${username}`);
    return toUser(node);
  }

  /**
   * A user changes their own password, giving the current one: the new one is theirs (no longer
   * temporary) and every session of the account ends, the one asking (`tokenHash`) too, which
   * the caller opens anew. A wrong current password is BAD_CREDENTIALS.
   */
  async changeOwnPassword(
    username: string,
    current: string,
    next: string,
    tokenHash: string,
  ): Promise<User> {
    checkNewPassword(username, current, next);
    const found = await this.find(username);
    const ok = found ? await verify(found.passwordHash, current).catch(() => false) : false;
    if (!found || !ok) throw new AppError('BAD_CREDENTIALS', 'the current password is wrong');
    // Written only if the password checked is still the one stored and the session asking
    // still exists: an administrator's reset in between (which ends every session) wins.
    const rows = await this.db.writeQuery(
      { operation: 'changePassword', user: username },
      'auth/change-password',
      {
        username,
        passwordHash: await hash(next),
        checkedHash: found.passwordHash,
        tokenHash,
      },
    );
    const node = rows[0]?.u as Node | undefined;
    if (!node)
      throw new AppError(
        'UNAUTHENTICATED',
        'your session or your password changed meanwhile (or the account was disabled): log in again',
      );
    return toUser(node);
  }

  private async refuseOwnAccessChange(
    username: string,
    changes: {
      roles?: string[];
      clearance?: number;
      compartments?: string[];
      active?: boolean;
      password?: string;
    },
  ): Promise<void> {
    // One's own password is changed giving the current one (POST /auth/password): a stolen
    // administrator's session must not take the account over.
    if (changes.password !== undefined)
      throw new AppError(
        'FORBIDDEN',
        'you cannot set your own password here: change it with the current one (the key in the header)',
      );
    const current = (await this.find(username))?.user;
    if (!current) return; // update() answers NOT_FOUND
    const sameSet = (a: readonly string[], b: readonly string[]) =>
      new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));
    const changed = [
      changes.roles !== undefined && !sameSet(changes.roles, current.roles) ? 'roles' : null,
      changes.clearance !== undefined && changes.clearance !== current.clearance
        ? 'clearance'
        : null,
      changes.compartments !== undefined && !sameSet(changes.compartments, current.compartments)
        ? 'compartments'
        : null,
      // Disabling oneself could leave no administrator at all.
      changes.active !== undefined && changes.active !== current.active ? 'active status' : null,
    ].filter((k) => k !== null);
    if (changed.length > 0)
      throw new AppError(
        'FORBIDDEN',
        `you cannot change your own ${changed.join(', ')}: another administrator must do it`,
      );
  }

  async list(): Promise<User[]> {
    const rows = await this.db.readQuery({ operation: 'listUsers' }, 'auth/list-users', {});
    return rows.map((r) => toUser(r.u as Node));
  }
}
