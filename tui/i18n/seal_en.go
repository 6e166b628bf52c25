package i18n

func init() { merge(errorsEN, sealEN, "en") }

// sealEN is sealFR in English.
var sealEN = map[string]string{
	"store.seal.session":             "the session of %s",
	"store.seal.session_at":          "the session of %s (%s)",
	"store.seal.session_numbered":    "session no. %d of %s",
	"store.seal.session_numbered_at": "session no. %d of %s (%s)",
	"store.seal.not_imported":        "session no. %d was not imported in this operation",
	"store.seal.import_mismatch":     "%s no longer matches its seal: the file was changed after the session was closed (seal %s, content %s)",
	"store.check.seal_missing":       "%s is closed but carries no seal: nothing guarantees that its content is the one it was closed with",
	"store.check.seal_mismatch":      "%s no longer matches its seal: it or its evaluations were changed after it was closed (seal %s, content %s)",
}

func init() { merge(en, sealCLIEN, "en") }

// sealCLIEN is sealCLIFR in English.
var sealCLIEN = map[string]string{
	"seal.cli.import_sealed.one":   "%d closed session came without a seal (a file from an earlier version): it was sealed on import:",
	"seal.cli.import_sealed.other": "%d closed sessions came without a seal (a file from an earlier version): they were sealed on import:",
}
