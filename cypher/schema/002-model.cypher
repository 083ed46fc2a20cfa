// Domain model: lookups on identifiers and the properties the product filters on.
// Identifiers are stored normalised (upper case, no spaces or dashes); see cypher/README.md.
// Each statement is idempotent; they are applied in file order after 001-core.cypher.

// Identifiers of people, companies and objects (entity resolution and search by identifier).
CREATE INDEX person_curp IF NOT EXISTS FOR (n:Person) ON (n.curp);
CREATE INDEX person_rfc IF NOT EXISTS FOR (n:Person) ON (n.rfc);
CREATE INDEX person_names IF NOT EXISTS FOR (n:Person) ON (n.paternalSurname, n.maternalSurname);
CREATE INDEX person_birth IF NOT EXISTS FOR (n:Person) ON (n.birthDate);
CREATE INDEX company_rfc IF NOT EXISTS FOR (n:Company) ON (n.rfc);
CREATE INDEX phone_number IF NOT EXISTS FOR (n:Phone) ON (n.number);
CREATE INDEX vehicle_plate IF NOT EXISTS FOR (n:Vehicle) ON (n.plate);
CREATE INDEX vehicle_vin IF NOT EXISTS FOR (n:Vehicle) ON (n.vin);
CREATE INDEX account_clabe IF NOT EXISTS FOR (n:BankAccount) ON (n.clabe);

// Agency folios (agency-scoped: a folio is only meaningful with its source).
CREATE INDEX case_folio IF NOT EXISTS FOR (n:Case) ON (n.folio);
CREATE INDEX incident_folio IF NOT EXISTS FOR (n:Incident) ON (n.folio);
// Folios with letters and digits only, for search by a folio typed with any separators.
CREATE INDEX case_folio_bare IF NOT EXISTS FOR (n:Case) ON (n.folioBare);
CREATE INDEX incident_folio_bare IF NOT EXISTS FOR (n:Incident) ON (n.folioBare);
CREATE INDEX arrest_folio_bare IF NOT EXISTS FOR (n:Arrest) ON (n.folioBare);
CREATE INDEX report_folio_bare IF NOT EXISTS FOR (n:FinancialReport) ON (n.folioBare);
CREATE INDEX cjm_case_folio_bare IF NOT EXISTS FOR (n:CjmCase) ON (n.folioBare);
// The same, for a folio's tail as people quote it ("00123/01-2024"): ENDS WITH needs a text index.
CREATE TEXT INDEX case_folio_bare_text IF NOT EXISTS FOR (n:Case) ON (n.folioBare);
CREATE TEXT INDEX incident_folio_bare_text IF NOT EXISTS FOR (n:Incident) ON (n.folioBare);
CREATE TEXT INDEX arrest_folio_bare_text IF NOT EXISTS FOR (n:Arrest) ON (n.folioBare);
CREATE TEXT INDEX report_folio_bare_text IF NOT EXISTS FOR (n:FinancialReport) ON (n.folioBare);
CREATE INDEX arrest_folio IF NOT EXISTS FOR (n:Arrest) ON (n.folio);
CREATE INDEX report_folio IF NOT EXISTS FOR (n:FinancialReport) ON (n.folio);

// Provenance: a node's id is "<source>:<sourceId>", so the entity_id constraint already finds
// the node behind a source record (see 003-load-tuning.cypher).

// The same for the city's catalogue records (boroughs, colonias, quadrants), whose node ids are
// their codes, not their records: a cited record finds its entity by these.
CREATE INDEX alcaldia_source IF NOT EXISTS FOR (n:Alcaldia) ON (n.sourceId);
CREATE INDEX colonia_source IF NOT EXISTS FOR (n:Colonia) ON (n.sourceId);
CREATE INDEX cuadrante_source IF NOT EXISTS FOR (n:Cuadrante) ON (n.sourceId);

// Timelines and CompStat: every event carries occurredAt (a zoned datetime).
CREATE INDEX case_time IF NOT EXISTS FOR (n:Case) ON (n.occurredAt);
CREATE INDEX case_crime IF NOT EXISTS FOR (n:Case) ON (n.crimeKey, n.occurredAt);
CREATE INDEX incident_time IF NOT EXISTS FOR (n:Incident) ON (n.occurredAt);
CREATE INDEX incident_type IF NOT EXISTS FOR (n:Incident) ON (n.typeKey, n.occurredAt);
CREATE INDEX arrest_time IF NOT EXISTS FOR (n:Arrest) ON (n.occurredAt);
CREATE INDEX custody_time IF NOT EXISTS FOR (n:Custody) ON (n.occurredAt);
CREATE INDEX transfer_time IF NOT EXISTS FOR (n:Transfer) ON (n.occurredAt);
CREATE INDEX cjmcase_time IF NOT EXISTS FOR (n:CjmCase) ON (n.occurredAt);

// Maps: points of addresses and events.
CREATE POINT INDEX address_location IF NOT EXISTS FOR (n:Address) ON (n.location);
CREATE POINT INDEX case_location IF NOT EXISTS FOR (n:Case) ON (n.location);
CREATE POINT INDEX incident_location IF NOT EXISTS FOR (n:Incident) ON (n.location);
CREATE POINT INDEX arrest_location IF NOT EXISTS FOR (n:Arrest) ON (n.location);

// Geography lookups by official code and name.
CREATE INDEX alcaldia_code IF NOT EXISTS FOR (n:Alcaldia) ON (n.code);
CREATE INDEX cuadrante_sector IF NOT EXISTS FOR (n:Cuadrante) ON (n.sector, n.number);

// A call record is keyed by its sábana line; the constraint lets MERGE seek it by index
// instead of scanning the calls between two busy phones.
CREATE CONSTRAINT called_source IF NOT EXISTS FOR ()-[r:CALLED]-() REQUIRE r.sourceId IS UNIQUE;

// Links that are source records of their own (a declared tie, a case's participant, a prison
// visit, a registry act, a vehicle's owner, an account's holder): evidence cites them by their
// record (cypher/queries/explore/fragments/record-links.cypher). Not unique: a record may stand
// behind two links (a partner's tie both ways). Links made from an entity's record carry its
// sourceId and are found through that entity, so their types need no index.
CREATE INDEX associate_source IF NOT EXISTS FOR ()-[r:ASSOCIATE_OF]-() ON (r.sourceId);
CREATE INDEX family_source IF NOT EXISTS FOR ()-[r:FAMILY_OF]-() ON (r.sourceId);
CREATE INDEX involved_source IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.sourceId);
CREATE INDEX member_source IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.sourceId);
CREATE INDEX visited_source IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.sourceId);
CREATE INDEX owns_source IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.sourceId);
CREATE INDEX director_source IF NOT EXISTS FOR ()-[r:DIRECTOR_OF]-() ON (r.sourceId);
CREATE INDEX holds_account_source IF NOT EXISTS FOR ()-[r:HOLDS_ACCOUNT]-() ON (r.sourceId);

// Loader bookkeeping: one node per feed file, written in the same transaction as each batch.
CREATE CONSTRAINT load_progress_file IF NOT EXISTS FOR (n:LoadProgress) REQUIRE n.file IS UNIQUE;
