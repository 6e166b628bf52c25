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

// diskFault names what the operating system refused about the database at
// path, the cause first (a status line may cut the end); it returns nil
// when err is no refusal of the disk (then it may be damage).
func diskFault(path string, err error) error {
	switch {
	case err == nil:
		return nil
	case isDiskFull(err):
		return newError(ErrDiskFull, err, "store.disk.full",
			"disque plein : la base %s ne peut plus rien enregistrer ; libérez de la place (ou mettez la base ailleurs) puis réessayez ; la base n'est pas endommagée",
			path)
	case isReadOnlyFS(err):
		return newError(ErrReadOnly, err, "store.disk.read_only_fs",
			"disque en lecture seule : la base %s est sur un disque ou une clé où l'on ne peut pas écrire ; rendez-le accessible en écriture ou copiez la base ailleurs ; la base n'est pas endommagée",
			path)
	case errors.Is(err, fs.ErrPermission):
		return permissionFault(path, err)
	}
	return nil
}

// permissionFault tells a read-only file or folder (the owner's own choice,
// which they can undo) from a file of someone else.
func permissionFault(path string, err error) error {
	if info, statErr := os.Stat(path); statErr == nil && info.Mode().Perm()&0o200 == 0 {
		return newError(ErrReadOnly, err, "store.disk.read_only_file",
			"fichier en lecture seule : la base %s ne peut pas être modifiée ; rendez le fichier modifiable (ses propriétés) puis réessayez ; la base n'est pas endommagée",
			path)
	}
	dir := filepath.Dir(path)
	if info, statErr := os.Stat(dir); statErr == nil && info.Mode().Perm()&0o200 == 0 {
		return newError(ErrReadOnly, err, "store.disk.read_only_dir",
			"dossier en lecture seule : le dossier %s n'accepte pas la base %s ; rendez-le modifiable ou choisissez un autre dossier",
			dir, path)
	}
	return newError(ErrNoAccess, err, "store.disk.no_access",
		"accès refusé : vos droits ne permettent pas d'ouvrir ou de modifier la base %s (elle ou son dossier appartient à un autre utilisateur) ; la base n'est pas endommagée",
		path)
}

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
	if f := diskFault(s.path, err); f != nil {
		return f
	}
	return err
}
