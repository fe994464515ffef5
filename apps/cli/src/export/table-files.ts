import {
  type ChunkSink,
  type ExportFormat,
  FILE_EXTENSIONS,
  type Row,
  type TableSpec,
  TableWriter,
} from '@khabar/dataset';
import type { BufferedFile, StagedOutput } from './output.js';

/** One table's writer and the files (one per format) it streams into. */
export interface OpenTable {
  readonly writer: TableWriter;
  readonly files: BufferedFile[];
}

export async function openTable(
  output: StagedOutput,
  spec: TableSpec,
  formats: readonly ExportFormat[],
): Promise<OpenTable> {
  const files: BufferedFile[] = [];
  const sinks: Partial<Record<ExportFormat, ChunkSink>> = {};
  for (const format of formats) {
    const file = await output.file(`${spec.name}.${FILE_EXTENSIONS[format]}`);
    files.push(file);
    sinks[format] = file.sink;
  }
  return { writer: new TableWriter(spec, sinks), files };
}

export async function closeTable(table: OpenTable): Promise<void> {
  await table.writer.close();
  // Each close waits for its file to reach the disk: let those waits overlap.
  await Promise.all(table.files.map((file) => file.close()));
}

export async function writeWholeTable(
  output: StagedOutput,
  spec: TableSpec,
  formats: readonly ExportFormat[],
  rows: Row[],
) {
  const table = await openTable(output, spec, formats);
  await table.writer.write(rows);
  await closeTable(table);
}
