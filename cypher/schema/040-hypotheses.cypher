// Link hypotheses proposed by analysts and decided by supervisors (four eyes).
CREATE CONSTRAINT hypothesis_id IF NOT EXISTS FOR (h:Hypothesis) REQUIRE h.id IS UNIQUE;
CREATE RANGE INDEX hypothesis_status IF NOT EXISTS FOR (h:Hypothesis) ON (h.status, h.createdAt);
