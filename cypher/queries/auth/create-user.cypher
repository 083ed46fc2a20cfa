// Creates a user; fails on the username constraint if it exists.
// $username, $passwordHash, $roles (list), $clearance (int), $compartments (list), $displayName,
// $mustChangePassword (a password chosen by someone else: changed at the first login).
CREATE (u:User {username: $username, displayName: $displayName, passwordHash: $passwordHash, roles: $roles,
                clearance: $clearance, compartments: $compartments, active: true,
                mustChangePassword: $mustChangePassword,
                createdAt: datetime(), updatedAt: datetime()})
RETURN u
