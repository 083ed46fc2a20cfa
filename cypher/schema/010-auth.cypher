// Users and their sessions. Sessions live in the database so that they survive an API restart
// and work behind several API instances; only a SHA-256 of each session token is stored.
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE CONSTRAINT session_token IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE;
CREATE RANGE INDEX session_expires IF NOT EXISTS FOR (s:Session) ON (s.expiresAt);
// Failed logins per username and address, and per username from any address (address '*'),
// any name typed, known or not, shared by every API instance. Counted per username alone until
// 2026-12-04: that constraint goes; the old counts (no key) are never read again and are pruned
// 15 minutes after their last failure (login-throttle-prune.cypher).
DROP CONSTRAINT login_throttle_username IF EXISTS;
CREATE CONSTRAINT login_throttle_key IF NOT EXISTS FOR (t:LoginThrottle) REQUIRE t.key IS UNIQUE;
CREATE RANGE INDEX login_throttle_name IF NOT EXISTS FOR (t:LoginThrottle) ON (t.username);
CREATE RANGE INDEX login_throttle_last IF NOT EXISTS FOR (t:LoginThrottle) ON (t.lastFailureAt);
