package transfer

// appendIndented appends compact, the output of json.Encoder without
// indentation (one value, no space outside strings), indented as
// json.Encoder.SetIndent(prefix, indent) would write it, byte for byte.
// encoding/json indents through its validating scanner, a state machine
// call per byte: a fifth of the streaming export's time at 20,000
// initiatives. Bytes the encoder itself just wrote need no validation,
// only to know whether they are inside a string.
func appendIndented(dst, compact []byte, prefix, indent string) []byte {
	depth := 0
	opened := false // just after { or [: the newline waits, "{}" and "[]" stay whole
	inString, escaped := false, false
	for _, c := range compact {
		if inString {
			dst = append(dst, c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		if opened && c != '}' && c != ']' {
			opened = false
			depth++
			dst = newline(dst, prefix, indent, depth)
		}
		switch c {
		case '"':
			inString = true
			dst = append(dst, c)
		case '{', '[':
			opened = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if opened {
				opened = false
			} else {
				depth--
				dst = newline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

func newline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for range depth {
		dst = append(dst, indent...)
	}
	return dst
}
