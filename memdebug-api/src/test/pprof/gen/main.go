// Writes a gzipped profile.proto from a small text description, to check memdebug's top table
// against `go tool pprof -top`. Input (stdin), one item a line:
//   type <sample type>     unit <pprof unit>     duration <ns>     time <unix ns>     file <program>
//   sample <value> <frame>;<frame>;...   (frames root first; no frames: an empty stack)
package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"

	"pprofgen/profile"
)

func main() {
	p := &profile.Profile{Period: 1}
	typ, unit := "cpu", "nanoseconds"
	funcs := map[string]*profile.Function{}
	locs := map[string]*profile.Location{}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	var samples [][]string
	var values []int64
	for in.Scan() {
		line := in.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, rest, _ := strings.Cut(line, " ")
		switch key {
		case "type":
			typ = rest
		case "unit":
			unit = rest
		case "duration":
			p.DurationNanos, _ = strconv.ParseInt(rest, 10, 64)
		case "time":
			p.TimeNanos, _ = strconv.ParseInt(rest, 10, 64)
		case "file":
			p.Mapping = []*profile.Mapping{{ID: 1, File: rest, HasFunctions: true}}
		case "sample":
			v, frames, _ := strings.Cut(rest, " ")
			n, _ := strconv.ParseInt(v, 10, 64)
			values = append(values, n)
			if frames == "" {
				samples = append(samples, nil)
			} else {
				samples = append(samples, strings.Split(frames, ";"))
			}
		}
	}
	p.SampleType = []*profile.ValueType{{Type: typ, Unit: unit}}
	p.PeriodType = &profile.ValueType{Type: typ, Unit: unit}
	for i, frames := range samples {
		s := &profile.Sample{Value: []int64{values[i]}}
		for j := len(frames) - 1; j >= 0; j-- {
			name := frames[j]
			l, ok := locs[name]
			if !ok {
				f := &profile.Function{ID: uint64(len(funcs) + 1), Name: name, SystemName: name}
				funcs[name] = f
				p.Function = append(p.Function, f)
				l = &profile.Location{ID: uint64(len(locs) + 1), Line: []profile.Line{{Function: f}}}
				if len(p.Mapping) > 0 {
					l.Mapping = p.Mapping[0]
				}
				locs[name] = l
				p.Location = append(p.Location, l)
			}
			s.Location = append(s.Location, l)
		}
		p.Sample = append(p.Sample, s)
	}
	if err := p.CheckValid(); err != nil {
		panic(err)
	}
	if err := p.Write(os.Stdout); err != nil {
		panic(err)
	}
}
