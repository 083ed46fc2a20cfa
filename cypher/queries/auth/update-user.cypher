// Changes a user's fields; a null parameter leaves that field as it is. A new password also
// lifts a lock after failed logins (the administrator has spoken to the person) and ends every
// session of the account (a stolen session must not outlive the reset), as does enabling a
// disabled account (its sessions were kept while disabled, refused and audited under its name;
// none comes back to life). A password set by someone else is temporary ($mustChangePassword):
// the account changes it at its next login. Returns u, or nothing.
// $username, $passwordHash, $mustChangePassword, $roles, $clearance, $compartments, $active,
// $displayName.
MATCH (u:User {username: $username})
WITH u, u.active = false AND $active = true AS enabled
SET u.passwordHash = coalesce($passwordHash, u.passwordHash),
    u.mustChangePassword = CASE WHEN $passwordHash IS NULL THEN u.mustChangePassword
                                ELSE $mustChangePassword END,
    u.roles = coalesce($roles, u.roles),
    u.clearance = coalesce($clearance, u.clearance),
    u.compartments = coalesce($compartments, u.compartments),
    u.active = coalesce($active, u.active),
    u.displayName = coalesce($displayName, u.displayName),
    u.updatedAt = datetime()
WITH u, enabled
OPTIONAL MATCH (t:LoginThrottle {username: $username}) WHERE $passwordHash IS NOT NULL
DELETE t
WITH DISTINCT u, enabled
OPTIONAL MATCH (u)<-[:OF]-(s:Session) WHERE $passwordHash IS NOT NULL OR enabled
DETACH DELETE s
WITH DISTINCT u
RETURN u
