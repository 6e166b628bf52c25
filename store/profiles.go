package store

import "essradar/scoring"

// LabelledProfiles lists, for each labelled initiative of the campaign (in
// creation order), the scores of the evaluation in force that labelled it
// (the one its status follows, amendments applied), when it was scored on
// grid: initiatives labelled on another grid version are left out, since
// their markers may differ. The result feeds scoring.MedianProfile; its
// length is the number of initiatives the median is taken over.
func (t *Tx) LabelledProfiles(campaignID string, grid scoring.Ref) ([]scoring.Scores, error) {
	inits, err := t.Initiatives(campaignID)
	if err != nil {
		return nil, err
	}
	var out []scoring.Scores
	for _, in := range inits {
		if in.Status != StatusLabelled {
			continue
		}
		ev, err := t.evaluationInForce(in.ID)
		if err != nil {
			return nil, err
		}
		if ev == nil || ev.Decision.Outcome != OutcomeLabelled || ev.Grid != grid {
			continue
		}
		out = append(out, ev.Scores)
	}
	return out, nil
}

// LabelledProfiles: see Tx.LabelledProfiles.
func (s *Store) LabelledProfiles(campaignID string, grid scoring.Ref) (out []scoring.Scores, err error) {
	err = s.view(func(t *Tx) error { out, err = t.LabelledProfiles(campaignID, grid); return err })
	return out, err
}
