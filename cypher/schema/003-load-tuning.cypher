// Load tuning: two indexes of 002-model.cypher cost more at load than they give back.
// - entity_source: a record's node id is already "<source>:<sourceId>" (unique index), so the
//   composite (source, sourceId) index only repeated it on every one of a million node writes.
// - called_time: calls are read from a phone (its relationships), never by time across the whole
//   graph; its millions of entries slowed every call-record load for no query.

DROP INDEX entity_source IF EXISTS;
DROP INDEX called_time IF EXISTS;
