package store

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
)

// WriteFileAtomic writes a file through a temporary one in the same folder,
// synced, then renamed over path: an interrupted write (a full disk, a
// killed program) never leaves half a file under the name the secretary
// will open, print or restore. Every file essradar writes goes through it:
// backups, exports, the public list, the minutes.
func WriteFileAtomic(path string, perm os.FileMode, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".essradar-*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	done := false
	defer func() {
		if !done {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if err := f.Chmod(perm); err != nil {
		return err
	}
	if err := write(f); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	done = true
	return syncDir(filepath.Dir(path))
}

// syncDir makes a rename in dir durable: without it a power cut may bring
// back the folder without the new name. Windows cannot open a folder for
// syncing (and its renames are journaled): it is skipped there.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
