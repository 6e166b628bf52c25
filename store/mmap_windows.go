package store

// initialMmapSize is 0 on Windows: there bbolt makes the file as large as
// its map, and a file of 256 MB for a few hundred kilobytes of records
// would be wrong.
const initialMmapSize = 0

// growStep is bbolt's own default: on Windows the file is as large as
// its map anyway.
const growStep = 16 << 20
