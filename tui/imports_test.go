package tui

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The architecture of docs/ARCHITECTURE.md, checked on every build: who may
// import whom. A screen never imports another screen; only the root imports
// screens; nothing under tui/ reaches bbolt or opens a store transaction;
// dependencies point one way, cmd → tui → store → scoring.
func TestImportRules(t *testing.T) {
	root := filepath.Join("..")
	imports := map[string][]string{} // package dir (slash, from the module root) → project and bbolt imports
	usesTx := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != root || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		dir := filepath.ToSlash(rel)
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if strings.HasPrefix(p, "essradar/") || strings.HasPrefix(p, "go.etcd.io/bbolt") {
				imports[dir] = append(imports[dir], p)
			}
		}
		if strings.HasPrefix(dir, "tui") {
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if strings.Contains(string(src), "store.Tx") {
				usesTx[path] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(imports) < 10 {
		t.Fatalf("only %d packages found: is the walk looking at the module?", len(imports))
	}
	for dir, ims := range imports {
		for _, p := range ims {
			target := strings.TrimPrefix(p, "essradar/")
			switch {
			case strings.HasPrefix(p, "go.etcd.io/bbolt") && !strings.HasPrefix(dir, "store"):
				t.Errorf("%s imports bbolt: only the store may", dir)
			case strings.HasPrefix(target, "tui/screens/") && dir != "tui" && dir != target && !strings.HasPrefix(dir, "cmd"):
				t.Errorf("%s imports the screen %s: only the root (tui) may; ask for navigation with a nav message", dir, target)
			case strings.HasPrefix(target, "tui/screens/") && strings.HasPrefix(dir, "cmd"):
				t.Errorf("%s imports the screen %s: cmd goes through tui.New", dir, target)
			case dir == "tui/radar" && strings.HasPrefix(p, "essradar/"):
				t.Errorf("tui/radar imports %s: the chart imports nothing of the project", p)
			case strings.HasPrefix(dir, "scoring") && strings.HasPrefix(p, "essradar/") && !strings.HasPrefix(target, "scoring"):
				t.Errorf("scoring imports %s: the domain imports nothing of the project", p)
			case strings.HasPrefix(dir, "store") && (strings.HasPrefix(target, "tui") || strings.HasPrefix(target, "cmd")):
				t.Errorf("%s imports %s: dependencies point cmd → tui → store → scoring", dir, p)
			case strings.HasPrefix(dir, "tui") && strings.HasPrefix(target, "cmd"):
				t.Errorf("%s imports %s", dir, p)
			}
		}
	}
	for path := range usesTx {
		t.Errorf("%s uses store.Tx: screens ask the store for what they need, they never open a transaction", path)
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if _, ok := imports[e.Name()]; !ok && !hasGo(filepath.Join(root, e.Name())) {
			continue
		}
		if !slices.Contains([]string{"cmd", "tui", "store", "scoring"}, e.Name()) {
			t.Errorf("top-level Go folder %s: the card's top level is cmd, tui, store, scoring", e.Name())
		}
	}
}

func hasGo(dir string) bool {
	found := false
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			found = true
			return filepath.SkipAll
		}
		return nil
	})
	return found
}
