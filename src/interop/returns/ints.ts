/**
 * A growing column of 32-bit integers: what a reader straight into columns keeps per row or per
 * child while it reads (a JavaScript array of numbers costs twice the memory and is copied by
 * the collector as it grows).
 *
 * @internal
 */
export class Ints {
  private values = new Int32Array(1024);
  private size = 0;

  /** How many values. */
  get length(): number {
    return this.size;
  }

  push(v: number): void {
    if (this.size === this.values.length) this.grow();
    this.values[this.size++] = v;
  }

  /** The value at `i` (0 beyond the end). */
  at(i: number): number {
    return i < this.size ? (this.values[i] as number) : 0;
  }

  /** Sets the value at `i` (which must be below the length). */
  set(i: number, v: number): void {
    if (i < this.size) this.values[i] = v;
  }

  /** Adds `d` to the value at `i` (which must be below the length). */
  add(i: number, d: number): void {
    if (i < this.size) this.values[i] = (this.values[i] as number) + d;
  }

  /** The values (a view, valid until the next push). */
  view(): Int32Array {
    return this.values.subarray(0, this.size);
  }

  private grow(): void {
    const grown = new Int32Array(this.values.length * 2);
    grown.set(this.values);
    this.values = grown;
  }
}
