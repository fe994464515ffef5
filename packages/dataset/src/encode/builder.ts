import type { Cell, Row } from '../rows.js';
import type { TableSpec } from '../schema.js';
import { type ColumnBuffers, type EncodedText, numericColumn, utf8Length } from './columns.js';

const encoder = new TextEncoder();

/** A growable copy of `array` with room for at least `needed` elements. */
function grown<T extends Uint8Array | Int32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * A text column being filled: UTF-8 bytes, offsets and validity bits in buffers that grow as needed and are
 * reused from one batch to the next, so a long export keeps no per-row objects alive between documents.
 */
class TextBuffer {
  offsets = new Int32Array(1025);
  bytes = new Uint8Array(16 * 1024);
  validity = new Uint8Array(128);
  nullCount = 0;

  append(rows: readonly Row[], name: string, start: number): void {
    const end = start + rows.length;
    this.offsets = grown(this.offsets, end + 1);
    this.validity = grown(this.validity, (end + 7) >> 3);
    const { offsets, validity } = this;
    const from = offsets[start]!;
    let position = from;
    const texts: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const value = rows[i]![name];
      const row = start + i;
      if (value === null || value === undefined) this.nullCount++;
      else {
        const text = typeof value === 'string' ? value : String(value);
        texts.push(text);
        position += utf8Length(text);
        validity[row >> 3]! |= 1 << (row & 7);
      }
      offsets[row + 1] = position;
    }
    if (texts.length === 0) return;
    this.bytes = grown(this.bytes, position);
    const target = this.bytes.subarray(from, position);
    // One encoder call per document and column. Joining could only change the bytes by pairing a lone high
    // surrogate at the end of one value with a lone low surrogate at the start of the next (which makes the
    // result shorter): then encode value by value.
    const joined = texts.join('');
    const { read, written } = encoder.encodeInto(joined, target);
    if (read !== joined.length || written !== target.length) {
      let at = 0;
      for (const text of texts) at += encoder.encodeInto(text, target.subarray(at)).written;
    }
  }

  /** Views of the first `length` rows (valid until the next reset). */
  view(length: number): EncodedText {
    return {
      offsets: this.offsets.subarray(0, length + 1),
      data: this.bytes.subarray(0, this.offsets[length]!),
      bitmap: this.nullCount > 0 ? this.validity.subarray(0, (length + 7) >> 3) : null,
      nullCount: this.nullCount,
    };
  }

  reset(length: number): void {
    this.validity.fill(0, 0, (length + 7) >> 3);
    this.offsets[0] = 0;
    this.nullCount = 0;
  }
}

/**
 * Collects a table's rows column by column as they come (a document at a time), then encodes them once: text
 * columns are UTF-8 already, other columns keep their values. Buffers are reused after each batch.
 */
export class BatchBuilder {
  private length = 0;
  private readonly texts: (TextBuffer | null)[];
  private readonly values: (Cell[] | null)[];

  constructor(readonly spec: TableSpec) {
    this.texts = spec.columns.map((c) => (c.type === 'utf8' ? new TextBuffer() : null));
    this.values = spec.columns.map((c) => (c.type === 'utf8' ? null : []));
  }

  get rows(): number {
    return this.length;
  }

  add(rows: readonly Row[]): void {
    if (rows.length === 0) return;
    const columns = this.spec.columns;
    for (let c = 0; c < columns.length; c++) {
      const name = columns[c]!.name;
      const text = this.texts[c];
      if (text) text.append(rows, name, this.length);
      else {
        const values = this.values[c]!;
        for (let i = 0; i < rows.length; i++) values.push(rows[i]![name] ?? null);
      }
    }
    this.length += rows.length;
  }

  /**
   * The rows so far, column by column: values of non-text columns (empty for text columns) and views of the
   * encoded text columns (null for the others). Valid until reset.
   */
  columns(): { values: readonly (readonly Cell[])[]; texts: readonly (EncodedText | null)[] } {
    return {
      values: this.values.map((v) => v ?? []),
      texts: this.texts.map((t) => t?.view(this.length) ?? null),
    };
  }

  /**
   * Every column in Arrow's layout: views of the text buffers (valid until reset), new arrays for the others.
   */
  buffers(): ColumnBuffers[] {
    return this.spec.columns.map((column, c) => {
      const text = this.texts[c];
      if (text) return text.view(this.length);
      return numericColumn(column.type as Exclude<typeof column.type, 'utf8'>, this.values[c]!);
    });
  }

  /** Empties the builder, keeping its buffers. */
  reset(): void {
    for (const text of this.texts) text?.reset(this.length);
    for (const values of this.values) if (values) values.length = 0;
    this.length = 0;
  }
}
