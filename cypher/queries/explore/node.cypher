// One entity by id. $id: entity id. Returns node and degree (number of relationships).
MATCH (node:Entity {id: $id})
RETURN node, COUNT { (node)--() } AS degree
