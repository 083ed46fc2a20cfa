// Saved canvases ("investigations"): one node each, found by id and listed by owner. They are
// not :Entity, so search, expansion and paths never see them. Shares are
// (:User)-[:CAN_READ|CAN_EDIT]->(:Investigation).
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (i:Investigation) REQUIRE i.id IS UNIQUE;
CREATE INDEX investigation_owner IF NOT EXISTS FOR (i:Investigation) ON (i.owner);
