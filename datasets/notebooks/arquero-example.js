// Khabar export, explored with arquero — Observable style: each block below is one notebook cell.
//
// In an Observable notebook:      aq = import('npm:arquero')   and   mentions = aq.loadArrow(FileAttachment(…).url())
// In Node, from the repository:   node datasets/notebooks/arquero-example.js [EXPORT_DIR]
//   (arquero is resolved from packages/dataset, where the workspace installs it; the default EXPORT_DIR is the
//   sample export written by `pnpm --silent run export:samples`.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../packages/dataset/package.json', import.meta.url));
const aq = await import(require.resolve('arquero'));
const exportDir = process.argv[2] ?? new URL('../exports/samples/', import.meta.url).pathname;
const load = (name) => aq.fromArrow(readFileSync(`${exportDir.replace(/\/?$/, '/')}${name}.arrow`));

// cell: the tables
const documents = load('documents');
const mentions = load('mentions');
const entities = load('entities');
const cooccurrences = load('cooccurrences');
const timeline = load('timeline');

// cell: what kinds of mentions are there?
mentions
  .groupby('label')
  .rollup({ n: aq.op.count(), docs: aq.op.distinct('doc_id') })
  .orderby(aq.desc('n'))
  .print();

// cell: top entities (who and what the corpus talks about)
entities
  .select('canonical', 'canonical_en', 'label', 'n_mentions', 'n_docs')
  .orderby(aq.desc('n_mentions'))
  .print({ limit: 15 });

// cell: mentions per day (document dates), by label
mentions
  .join_left(documents.select('doc_id', 'date'), 'doc_id')
  .filter((d) => d.date != null)
  .derive({ day: (d) => aq.op.format_utcdate(d.date) })
  .groupby('day', 'label')
  .count()
  .groupby('day')
  .pivot('label', 'count')
  .orderby('day')
  .print();

// cell: places to put on a map (lat/lon of every LOC entity)
entities
  .filter((d) => d.label === 'LOC' && d.lat != null)
  .select('canonical', 'canonical_en', 'lat', 'lon', 'n_mentions')
  .print();

// cell: the co-occurrence network — strongest edges with names, and each entity's degree
const names = entities.select({ entity_id: 'id', canonical: 'name' });
cooccurrences
  .join_left(names, ['entity_a', 'id'])
  .rename({ name: 'a' })
  .join_left(names, ['entity_b', 'id'])
  .rename({ name: 'b' })
  .select('a', 'b', 'n_sentences', 'n_docs')
  .print({ limit: 15 });
cooccurrences
  .fold(['entity_a', 'entity_b'], { as: ['end', 'entity_id'] })
  .groupby('entity_id')
  .rollup({ degree: aq.op.count(), weight: aq.op.sum('n_sentences') })
  .orderby(aq.desc('weight'))
  .print({ limit: 10 });

// cell: attention over time for the most mentioned entity
const top = entities.orderby(aq.desc('n_mentions')).objects({ limit: 1 })[0];
if (top) {
  timeline
    .params({ id: top.entity_id })
    .filter((d, $) => d.entity_id === $.id)
    .derive({ day: (d) => aq.op.format_utcdate(d.day) })
    .select('day', 'n_mentions', 'n_docs')
    .print();
}
