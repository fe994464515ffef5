/**
 * The tables Khabar exports and every column they have. One description feeds the Arrow schema (with its
 * metadata), the Parquet files (which carry the Arrow schema), the CSV header and `schema.json`, so the formats
 * cannot drift apart.
 */

export type ColumnType = 'utf8' | 'int32' | 'float64' | 'date';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  readonly description: string;
}

export interface TableSpec {
  readonly name: TableName;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
}

export type TableName = 'documents' | 'mentions' | 'entities' | 'cooccurrences' | 'timeline';
export const TABLE_NAMES: readonly TableName[] = [
  'documents',
  'mentions',
  'entities',
  'cooccurrences',
  'timeline',
];

export const OFFSET_UNIT = 'unicode_code_point';
export const OFFSET_UNIT_DESCRIPTION =
  'start and end count Unicode code points (what Python, R and polars slice strings by), end exclusive; ' +
  'converted from the parser’s UTF-16 code units';

const col = (name: string, type: ColumnType, nullable: boolean, description: string): ColumnSpec => ({
  name,
  type,
  nullable,
  description,
});

const BASE_DOCUMENT_COLUMNS: readonly ColumnSpec[] = [
  col('doc_id', 'utf8', false, 'POSIX path of the article relative to the corpus folder'),
  col('title', 'utf8', true, 'title from the manifest'),
  col('source', 'utf8', true, 'publisher or agency from the manifest'),
  col('url', 'utf8', true, 'address from the manifest'),
  col('date', 'date', true, 'document date used to resolve relative expressions (أمس، الأحد الماضي)'),
  col('date_source', 'utf8', false, 'where the date came from: manifest | dateline | none'),
  col(
    'encoding',
    'utf8',
    true,
    'how the file was decoded: utf-8 | utf-16le | utf-16be | windows-1256; null when it could not be',
  ),
  col('n_chars', 'int32', false, 'length of the text in Unicode code points'),
  col('n_tokens', 'int32', false, 'tokens found by the tokenizer'),
  col('n_sentences', 'int32', false, 'sentences found by the sentence splitter'),
  col('n_mentions', 'int32', false, 'rows this document has in mentions'),
  col('sha256', 'utf8', true, 'SHA-256 of the file bytes, hex'),
  col('status', 'utf8', false, 'ok | error'),
  col('error', 'utf8', true, 'why the document could not be read, when status is error'),
];

const BASE_DOCUMENT_NAMES = new Set(BASE_DOCUMENT_COLUMNS.map((c) => c.name));

/** Name of a manifest column carried into documents; prefixed only when it would shadow a built-in column. */
export function extraColumnName(manifestColumn: string): string {
  return BASE_DOCUMENT_NAMES.has(manifestColumn) ? `manifest_${manifestColumn}` : manifestColumn;
}

export function documentsSpec(extraManifestColumns: readonly string[] = []): TableSpec {
  return {
    name: 'documents',
    description: 'one row per article file, including the ones that could not be read (status = error)',
    columns: [
      ...BASE_DOCUMENT_COLUMNS,
      ...extraManifestColumns.map((c) =>
        col(extraColumnName(c), 'utf8', true, `manifest column "${c}", as written`),
      ),
    ],
  };
}

export const MENTIONS_SPEC: TableSpec = {
  name: 'mentions',
  description: 'one row per entity or temporal mention; (doc_id, mention_id) is the key',
  columns: [
    col('doc_id', 'utf8', false, 'the document (documents.doc_id)'),
    col('mention_id', 'int32', false, '0-based position of the mention in its document, in text order'),
    col('start', 'int32', false, `start offset; ${OFFSET_UNIT_DESCRIPTION}`),
    col('end', 'int32', false, `end offset (exclusive); ${OFFSET_UNIT_DESCRIPTION}`),
    col('line', 'int32', false, '1-based line of the start'),
    col('column', 'int32', false, '1-based column of the start, in code points'),
    col('sentence', 'int32', false, '0-based index of the sentence holding the mention'),
    col(
      'text',
      'utf8',
      false,
      'the mention exactly as written: the code-point slice [start, end) of the document',
    ),
    col('label', 'utf8', false, 'PER | LOC | ORG | MISC | DATE | TIME | DURATION | SET'),
    col('entity_id', 'utf8', true, 'linked entity (entities.entity_id) for PER/LOC/ORG/MISC, else null'),
    col('canonical', 'utf8', true, 'canonical Arabic name of the entity'),
    col('canonical_en', 'utf8', true, 'English name of the entity, when known'),
    col(
      'value',
      'utf8',
      true,
      'TIMEX3 value for DATE/TIME/DURATION/SET (2016-12-05, P7D, XXXX-12-10 …), else null',
    ),
    col('mod', 'utf8', true, 'TIMEX3 modifier (APPROX, START, MORE_THAN …), else null'),
    col('source', 'utf8', false, 'what found it: lexicon | rule | model'),
    col('confidence', 'float64', false, 'confidence between 0 and 1'),
    col(
      'context',
      'utf8',
      false,
      'the sentence holding the mention, clipped to 60 characters (code points) on each side of it',
    ),
  ],
};

export const ENTITIES_SPEC: TableSpec = {
  name: 'entities',
  description: 'one row per linked entity mentioned anywhere in the corpus',
  columns: [
    col(
      'entity_id',
      'utf8',
      false,
      'stable id: a knowledge-base id, or doc:<label>:<name> for names no list has',
    ),
    col('label', 'utf8', false, 'PER | LOC | ORG | MISC'),
    col('canonical', 'utf8', false, 'canonical Arabic name'),
    col('canonical_en', 'utf8', true, 'English name, when known'),
    col('lat', 'float64', true, 'latitude (WGS84) for places'),
    col('lon', 'float64', true, 'longitude (WGS84) for places'),
    col('country', 'utf8', true, 'ISO 3166-1 alpha-2 country code for places'),
    col('n_mentions', 'int32', false, 'mentions in the corpus'),
    col('n_docs', 'int32', false, 'documents mentioning it'),
    col('first_date', 'date', true, 'earliest date of a document mentioning it'),
    col('last_date', 'date', true, 'latest date of a document mentioning it'),
    col('surface_forms', 'utf8', false, 'distinct spellings seen, most frequent first, separated by |'),
  ],
};

export const COOCCURRENCES_SPEC: TableSpec = {
  name: 'cooccurrences',
  description: 'entity pairs mentioned in the same sentence: an undirected edge list, entity_a < entity_b',
  columns: [
    col('entity_a', 'utf8', false, 'entities.entity_id (the smaller id of the pair)'),
    col('entity_b', 'utf8', false, 'entities.entity_id (the larger id of the pair)'),
    col('n_sentences', 'int32', false, 'sentences mentioning both'),
    col('n_docs', 'int32', false, 'documents with at least one such sentence'),
  ],
};

export const TIMELINE_SPEC: TableSpec = {
  name: 'timeline',
  description: 'mentions of each entity per document date (documents without a date are left out)',
  columns: [
    col('day', 'date', false, 'the document date'),
    col('entity_id', 'utf8', false, 'entities.entity_id'),
    col('n_mentions', 'int32', false, 'mentions that day'),
    col('n_docs', 'int32', false, 'documents of that day mentioning it'),
  ],
};

export function tableSpecs(extraManifestColumns: readonly string[] = []): Record<TableName, TableSpec> {
  return {
    documents: documentsSpec(extraManifestColumns),
    mentions: MENTIONS_SPEC,
    entities: ENTITIES_SPEC,
    cooccurrences: COOCCURRENCES_SPEC,
    timeline: TIMELINE_SPEC,
  };
}

const PHYSICAL_TYPES: Record<ColumnType, { arrow: string; parquet: string; csv: string }> = {
  utf8: { arrow: 'Utf8', parquet: 'BYTE_ARRAY (STRING)', csv: 'text' },
  int32: { arrow: 'Int32', parquet: 'INT32', csv: 'integer' },
  float64: { arrow: 'Float64', parquet: 'DOUBLE', csv: 'decimal number' },
  date: { arrow: 'Date32 (days since 1970-01-01)', parquet: 'INT32 (DATE)', csv: 'YYYY-MM-DD' },
};

/** The content of `schema.json`: every table, every column, its types per format, and the offset unit. */
export function schemaDocument(specs: Record<TableName, TableSpec>): unknown {
  return {
    format: 'khabar-export',
    version: 1,
    offset_unit: OFFSET_UNIT,
    offset_unit_description: OFFSET_UNIT_DESCRIPTION,
    csv: {
      encoding: 'UTF-8 with a byte order mark',
      quoting:
        'RFC 4180 (fields with a comma, quote or line break are quoted; quotes doubled), CRLF line ends',
      null: 'empty field (text columns never hold an empty string)',
      formula_guard:
        'a text cell that begins with = + - @ (or a tab or carriage return) is written with a leading apostrophe, ' +
        'so spreadsheet programs show it instead of running it as a formula; Arrow and Parquet hold the value unchanged',
    },
    tables: TABLE_NAMES.map((name) => {
      const spec = specs[name];
      return {
        name,
        description: spec.description,
        files: [`${name}.arrow`, `${name}.parquet`, `${name}.csv`],
        columns: spec.columns.map((c) => ({
          name: c.name,
          type: c.type,
          nullable: c.nullable,
          arrow_type: PHYSICAL_TYPES[c.type].arrow,
          parquet_type: PHYSICAL_TYPES[c.type].parquet,
          csv: PHYSICAL_TYPES[c.type].csv,
          description: c.description,
        })),
      };
    }),
  };
}
