// Every account's username and display name, for the audit's user filter (a name typed is
// matched in the API, accent- and case-insensitively). Returns username, displayName.
MATCH (u:User)
RETURN u.username AS username, u.displayName AS displayName
