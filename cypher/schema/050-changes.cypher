// Live changes shared by every API instance: each instance appends the events it publishes
// (hypothesis proposals and decisions) as (:ChangeEvent) nodes numbered under one (:ChangeHead),
// and polls for the events other instances appended, so a subscriber connected to any instance
// sees them (api/src/plugins/changes.ts). Events are pruned after an hour.
CREATE CONSTRAINT change_event_seq IF NOT EXISTS FOR (e:ChangeEvent) REQUIRE e.seq IS UNIQUE;
CREATE CONSTRAINT change_head IF NOT EXISTS FOR (h:ChangeHead) REQUIRE h.key IS UNIQUE;
MERGE (h:ChangeHead {key: 'changes'}) ON CREATE SET h.seq = 0;
