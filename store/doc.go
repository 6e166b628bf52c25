// Package store is essradar's embedded persistence: one bbolt file holding the
// campaigns, grids, initiatives, committee members, sessions, evaluations,
// amendments and the audit trail.
//
// Bucket tree (keys → values; id8 is a uint64 from NextSequence written as 8
// big-endian bytes, so keys sort in creation order; JSON values carry a small
// "v": 1 record version):
//
//	meta
//	  "schema"                          → schema version, 8-byte big-endian
//	  "staged"                          → journal of a staged write under way
//	                                      (staged.go): absent once it has landed
//	campaigns
//	  "2026"                            → Campaign JSON
//	grids
//	  "ess-default@1"                   → grid TOML source, byte for byte
//	initiatives
//	  id8                               → Initiative JSON
//	idx_init_campaign_territory
//	  campaign \x00 territory \x00 id8  → empty (territory through NormalizeName)
//	members
//	  id8                               → Member JSON
//	sessions
//	  id8                               → Session JSON
//	evaluations
//	  sessionID8 initiativeID8          → Evaluation JSON
//	idx_eval_initiative
//	  initiativeID8 sessionID8          → empty
//	amendments
//	  id8                               → Amendment JSON
//	audit
//	  seq8                              → AuditEntry JSON (append-only)
//	audit_recent
//	  seq8                              → the trail's newest entries, a handful,
//	                                      every key above audit's (audittail.go)
//
// Grid sources are stored whole and never change once written, so a past
// evaluation can always be recomputed with its own grid.
//
// Every write is one bbolt read-write transaction that also appends its audit
// entries: a failed write leaves neither the change nor its trace. Callers that
// need several writes to land together use Store.Update with the methods of Tx;
// the Store methods are thin wrappers that each run one Update. A write too
// large to hold in memory at once (a CSV import) is staged (Store.Staged):
// several transactions, alone with the file while they run, that land whole
// or are taken back, at once or at the next opening.
//
// Opening takes the file lock with a one-second timeout (ErrLocked), checks the
// file (ErrDamaged, never a panic), creates the buckets and runs the schema
// migrations after writing a backup next to the file, then takes back a
// staged write that was cut short.
package store
