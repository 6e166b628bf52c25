package layout

import "testing"

func TestOverlayKeepsTheScreenAroundTheDialog(t *testing.T) {
	base := "aaaaaaaaaa\nbbbbbbbbbb\ncccccccccc\ndddddddddd\neeeeeeeeee"
	got := Overlay(base, "XX\nYY", 10, 5)
	want := "aaaaaaaaaa\nbbbbXXbbbb\nccccYYcccc\ndddddddddd\neeeeeeeeee"
	if got != want {
		t.Fatalf("overlay:\n%s\nwant\n%s", got, want)
	}
}
