package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Sentinels for what the disk refused: none of them is damage, and copying a
// backup over the file would mend none of them.
var (
	// ErrReadOnly: the file, its folder or the whole disk is read-only.
	ErrReadOnly = errors.New("base en lecture seule")
	// ErrDiskFull: no room left on the disk.
	ErrDiskFull = errors.New("disque plein")
	// ErrNoAccess: the user may not read or write the file or its folder.
	ErrNoAccess = errors.New("accès refusé")
)

// diskFault names what the operating system refused while doing what (a
// Message: « ouvrir », « enregistrer ») on the database at path; it returns
// nil when err is no refusal of the disk (then it may be damage).
func diskFault(path string, doing Message, err error) error {
	switch {
	case err == nil:
		return nil
	case isDiskFull(err):
		return newError(ErrDiskFull, err, "store.disk.full",
			"%s la base %s : le disque est plein ; libérez de la place (ou enregistrez la base ailleurs) puis réessayez ; la base n'est pas endommagée",
			doing, path)
	case isReadOnlyFS(err):
		return newError(ErrReadOnly, err, "store.disk.read_only_fs",
			"%s la base %s : le disque ou la clé qui la porte est en lecture seule ; rendez-le accessible en écriture ou copiez la base ailleurs ; la base n'est pas endommagée",
			doing, path)
	case errors.Is(err, fs.ErrPermission):
		return permissionFault(path, doing, err)
	}
	return nil
}

// permissionFault tells a read-only file or folder (the owner's own choice,
// which they can undo) from a file of someone else.
func permissionFault(path string, doing Message, err error) error {
	if info, statErr := os.Stat(path); statErr == nil && info.Mode().Perm()&0o200 == 0 {
		return newError(ErrReadOnly, err, "store.disk.read_only_file",
			"%s la base %s : le fichier est en lecture seule ; rendez-le modifiable (ses propriétés) puis réessayez ; la base n'est pas endommagée",
			doing, path)
	}
	dir := filepath.Dir(path)
	if info, statErr := os.Stat(dir); statErr == nil && info.Mode().Perm()&0o200 == 0 {
		return newError(ErrReadOnly, err, "store.disk.read_only_dir",
			"%s la base %s : le dossier %s est en lecture seule ; rendez-le modifiable ou choisissez un autre dossier ; la base n'est pas endommagée",
			doing, path, dir)
	}
	return newError(ErrNoAccess, err, "store.disk.no_access",
		"%s la base %s : accès refusé (le fichier ou son dossier appartient à un autre utilisateur, ou vos droits ne suffisent pas) ; la base n'est pas endommagée",
		doing, path)
}

// The verbs of diskFault.
var (
	doingOpen  = msg("store.disk.doing.open", "ouvrir")
	doingWrite = msg("store.disk.doing.write", "enregistrer dans")
)

// DiskFault says whether err is a refusal of the disk (full, read-only, no
// access) rather than damage or a refusal of the store's rules.
func DiskFault(err error) bool {
	return errors.Is(err, ErrDiskFull) || errors.Is(err, ErrReadOnly) || errors.Is(err, ErrNoAccess)
}

// writeFault wraps an error of a write transaction that the disk refused;
// other errors pass unchanged.
func (s *Store) writeFault(err error) error {
	var keyed interface{ MessageKey() (string, []any) }
	if err == nil || errors.As(err, &keyed) {
		return err
	}
	if f := diskFault(s.path, doingWrite, err); f != nil {
		return f
	}
	return err
}
