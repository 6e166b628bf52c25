package store

import "strings"

func checkMember(m *Member) error {
	m.CleanText()
	m.Name = strings.TrimSpace(m.Name)
	if m.Name == "" {
		return invalidf("store.member.no_name", "le membre doit avoir un nom")
	}
	return nil
}

// CreateMember stores a new committee member and sets its ID.
func (t *Tx) CreateMember(m *Member) error {
	rec := *m
	if err := checkMember(&rec); err != nil {
		return err
	}
	id, err := t.bucket(bucketMembers).NextSequence()
	if err != nil {
		return err
	}
	rec.ID = id
	if err := t.put(bucketMembers, itob(id), rec); err != nil {
		return err
	}
	if err := t.audit("create", "member", idString(id), ""); err != nil {
		return err
	}
	*m = rec
	return nil
}

// InsertMember stores a member exactly as given, ID included; for import and
// restore. An existing ID gives ErrExists.
func (t *Tx) InsertMember(m Member) error {
	if m.ID == 0 {
		return invalidf("store.member.no_id", "le membre « %s » n'a pas d'identifiant", m.Name)
	}
	if t.bucket(bucketMembers).Get(itob(m.ID)) != nil {
		return newError(ErrExists, nil, "store.member.exists", "le membre n° %d existe déjà", m.ID)
	}
	if err := checkMember(&m); err != nil {
		return err
	}
	if err := bumpSequence(t.bucket(bucketMembers), m.ID); err != nil {
		return err
	}
	if err := t.put(bucketMembers, itob(m.ID), m); err != nil {
		return err
	}
	return t.audit("import", "member", idString(m.ID), "")
}

// PutMember updates an existing member (ErrNotFound otherwise). To take a
// member off the committee, set Active to false: past sessions keep them.
func (t *Tx) PutMember(m Member) error {
	old, err := t.Member(m.ID)
	if err != nil {
		return err
	}
	if err := checkMember(&m); err != nil {
		return err
	}
	changes := fieldChanges(old, m)
	if len(changes) == 0 {
		return nil
	}
	if err := t.put(bucketMembers, itob(m.ID), m); err != nil {
		return err
	}
	return t.audit("update", "member", idString(m.ID), "", changes...)
}

// Member reads one member; ErrNotFound when absent.
func (t *Tx) Member(id uint64) (Member, error) {
	var m Member
	found, err := t.get(bucketMembers, itob(id), &m, "le membre n° "+idString(id))
	if err != nil {
		return Member{}, err
	}
	if !found {
		return Member{}, newError(ErrNotFound, nil, "store.member.not_found", "le membre n° %d n'existe pas", id)
	}
	return m, nil
}

// Members lists every member, active or not, in creation order.
func (t *Tx) Members() ([]Member, error) {
	var out []Member
	err := forEach(t, bucketMembers, "un membre", func(m Member) error {
		out = append(out, m)
		return nil
	})
	return out, err
}

// DeleteMember removes a member who never sat in a session nor declared a
// recusal; otherwise ErrInUse (set Active to false instead).
func (t *Tx) DeleteMember(id uint64) error {
	m, err := t.Member(id)
	if err != nil {
		return err
	}
	err = forEach(t, bucketSessions, "une séance", func(s Session) error {
		used := false
		for _, p := range s.Present {
			used = used || p == id
		}
		for _, r := range s.Recusals {
			used = used || r.MemberID == id
		}
		if used {
			return newError(ErrInUse, nil, "store.member.sat", "%s a siégé à la séance du %s : ce membre ne peut pas être supprimé ; rendez-le plutôt inactif", m.Name, day(s.Date))
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := t.bucket(bucketMembers).Delete(itob(id)); err != nil {
		return err
	}
	return t.audit("delete", "member", idString(id), "")
}

// --- Store wrappers ------------------------------------------------------------

// CreateMember: see Tx.CreateMember.
func (s *Store) CreateMember(m *Member) error {
	return s.Update(func(t *Tx) error { return t.CreateMember(m) })
}

// PutMember: see Tx.PutMember.
func (s *Store) PutMember(m Member) error {
	return s.Update(func(t *Tx) error { return t.PutMember(m) })
}

// DeleteMember: see Tx.DeleteMember.
func (s *Store) DeleteMember(id uint64) error {
	return s.Update(func(t *Tx) error { return t.DeleteMember(id) })
}

// Member: see Tx.Member.
func (s *Store) Member(id uint64) (m Member, err error) {
	err = s.view(func(t *Tx) error { m, err = t.Member(id); return err })
	return m, err
}

// Members: see Tx.Members.
func (s *Store) Members() (out []Member, err error) {
	err = s.view(func(t *Tx) error { out, err = t.Members(); return err })
	return out, err
}
