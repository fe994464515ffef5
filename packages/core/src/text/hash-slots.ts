/** Probes before giving up: crafted colliding words then go unfound instead of making a scan quadratic. */
export const MAX_PROBES = 32;

/** Above this many slots `clear` drops the arrays rather than zeroing them (a long text's index is not kept). */
const REUSED_SLOTS = 8192;

/**
 * The index of a word table: open addressing with linear probing, grown at half load. `slots[s]` holds an id + 1
 * (0 when empty) and `hashes[s]` that entry's hash, compared first, in the same place, before the entry itself is
 * fetched. Callers probe `slots` themselves (the comparison is theirs and on the hot path).
 */
export class HashSlots {
  slots = new Int32Array(1024);
  hashes = new Int32Array(1024);

  /** Empties the index for reuse: zeroed in place while small, else replaced by a small one. */
  clear(): void {
    if (this.slots.length > REUSED_SLOTS) {
      this.slots = new Int32Array(1024);
      this.hashes = new Int32Array(1024);
    } else this.slots.fill(0); // `hashes` is read only where a slot is set
  }

  /** Makes room for one more entry when `count` entries are stored. */
  reserve(count: number): void {
    if ((count + 1) * 2 <= this.slots.length) return;
    const { slots, hashes } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    for (let s = 0; s < slots.length; s++) if (slots[s] !== 0) this.place(slots[s]! - 1, hashes[s]!);
  }

  /** Stores entry `id`; when its probe run is full it is not stored (a later find misses it). */
  place(id: number, hash: number): void {
    const mask = this.slots.length - 1;
    for (let probe = 0, s = hash & mask; probe < MAX_PROBES; probe++, s = (s + 1) & mask) {
      if (this.slots[s] === 0) {
        this.slots[s] = id + 1;
        this.hashes[s] = hash;
        return;
      }
    }
  }
}
