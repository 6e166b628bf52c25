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
