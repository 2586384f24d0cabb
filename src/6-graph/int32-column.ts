// A column of 32-bit integers that grows as it is appended to: four bytes a value, no object per
// value, for tables of millions of rows (evidence pieces) that a JavaScript array would box.

export class Int32Column {
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    this.values = new Int32Array(Math.max(capacity, 16));
  }

  get length(): number {
    return this.count;
  }

  push(value: number): number {
    if (this.count === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count] = value;
    return this.count++;
  }

  at(index: number): number {
    return this.values[index] ?? 0;
  }

  /** The values appended, in a typed array of their own (the column may be dropped after). */
  toInt32Array(): Int32Array {
    return this.values.slice(0, this.count);
  }
}
