// Active users an investigation can be shared with: anyone but $username holding an
// investigative role. $username. Returns username, displayName, roles, active.
MATCH (u:User)
WHERE u.username <> $username
  AND coalesce(u.active, true)
  AND any(r IN u.roles WHERE r IN ['ANALYST', 'INVESTIGATOR', 'SUPERVISOR'])
RETURN u.username AS username, coalesce(u.displayName, u.username) AS displayName
ORDER BY displayName, username
