package radar

import "testing"

// BenchmarkRender16x2 is the budget case from issue 4: a 16-axis
// evaluation plus the campaign median, 60×24 braille with colour. The frame
// must stay under 200 µs (see BENCHMARKS.md).
func BenchmarkRender16x2(b *testing.B) {
	c := sampleChart(16, 60, 24, Braille)
	c.Color = true
	b.ReportAllocs()
	for b.Loop() {
		if len(Render(c)) != 24 {
			b.Fatal("bad height")
		}
	}
}

func BenchmarkRender24x2Large(b *testing.B) {
	c := sampleChart(24, 200, 60, Braille)
	c.Color = true
	b.ReportAllocs()
	for b.Loop() {
		Render(c)
	}
}

func BenchmarkRenderASCII(b *testing.B) {
	c := sampleChart(16, 60, 24, ASCII)
	b.ReportAllocs()
	for b.Loop() {
		Render(c)
	}
}

// BenchmarkRenderGrouped is the presentation view at 80x24: 16 axes in four
// named categories, the median, the threshold, colour.
func BenchmarkRenderGrouped(b *testing.B) {
	c := sampleChart(16, 80, 16, Braille)
	c.Color, c.Threshold, c.Groups = true, 2.5, roomGroups("2,75", "2,5", "3", "1,25")
	b.ReportAllocs()
	for b.Loop() {
		Render(c)
	}
}
