//go:build !windows

package store

// initialMmapSize is the address space bbolt maps at open, the file being
// smaller. Each time a transaction outgrows the map, bbolt maps the file
// again and first copies every page the transaction holds into memory: an
// import of 20,000 rows, growing the file from 2 to 35 MB, made five such
// copies of 20 MB during its commit. Mapping more than the file costs
// address space only (nothing is read, the resident memory does not grow).
const initialMmapSize = 256 << 20

// growStep is how much room bbolt adds at the end of the file when it
// grows it (see openBolt): a few pages, so that a small file stays small
// and a file cut short is cut in its pages, where the damage check sees it.
const growStep = 64 << 10
