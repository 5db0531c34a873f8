//! The load step alone, both ways. The kiosk's: the embedded checklists parsed and all
//! fifteen locales taken from the build's compiled tables (`Content::embedded`; only the
//! messages with placeables are parsed). And `digipunt check`'s, also a kiosk's with a
//! content folder: every Fluent file parsed, indexed and validated (`Content::load`, then
//! freeing what only validation needs). Part of the < 30 ms start-up budget (DESIGN.md);
//! `benches/startup.py` times the whole start of the real binary.
//!
//! `cargo bench --bench load`

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use digipunt::content::{Content, ContentFiles};

fn load(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    let mut group = c.benchmark_group("load");
    group.sample_size(30);
    group.bench_function("embedded content, 15 locales, compiled (kiosk)", |b| {
        b.iter_with_large_drop(|| {
            Content::embedded(black_box(today))
                .unwrap_or_else(|d| panic!("embedded content is broken:\n{d}"))
        });
    });
    group.bench_function("embedded content, 15 locales, validated (check)", |b| {
        b.iter_with_large_drop(|| {
            let mut content = Content::load(&ContentFiles::embedded(), black_box(today))
                .unwrap_or_else(|d| panic!("embedded content is broken:\n{d}"));
            content.catalog.release_indexes();
            content
        });
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
