// The floor under a data widget's first-render figure: the reads its first screen needs, parsed
// and shown, unchecked (see bench/pages/reads.ts). No widget that shows that data from that API
// can be faster; the page measures what the reads (and, for the tracker and the desk, the page's
// first `Intl` date formatter) cost on their own.
import { BenchReads } from './reads';

customElements.define('bench-bare-lit-reads', class extends BenchReads {});
