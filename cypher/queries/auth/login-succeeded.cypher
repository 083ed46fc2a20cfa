// A successful login to $username clears its failed-login count.
MATCH (t:LoginThrottle {username: $username})
DELETE t
