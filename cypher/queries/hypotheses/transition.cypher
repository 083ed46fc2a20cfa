// Moves a locked hypothesis to $status and adds a history step. $id, $status, $user, $action,
// $reason, $changes (map of amended fields, may be empty), $stepChanges (JSON of what they
// were and became, for the history; '[]' when none). A decision names its decider and
// reason on the hypothesis; a reopened one waits again with none (its history keeps them).
// Returns h.
MATCH (h:Hypothesis {id: $id})
SET h += $changes, h.status = $status, h.updatedAt = datetime()
SET h += CASE WHEN $status IN ['APPROVED', 'REJECTED']
              THEN {decidedBy: $user, decidedByName: $userName, decisionReason: $reason}
              WHEN $action = 'REOPENED'
              THEN {decidedBy: null, decidedByName: null, decisionReason: null}
              ELSE {} END
CREATE (h)-[:HISTORY]->(:HypothesisEvent {at: datetime(), seq: h.version, by: $user, byName: $userName, action: $action, reason: $reason, changes: $stepChanges})
RETURN h
