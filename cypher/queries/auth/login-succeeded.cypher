// A successful login to $username from $address clears that address's failed-login count. The
// count from any address stays until it is $minutes old: a success must not reset the count of
// someone guessing from elsewhere.
MATCH (t:LoginThrottle {key: $username + '\n' + $address})
DELETE t
