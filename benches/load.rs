//! The load step alone: the embedded checklists and all fifteen locales parsed and
//! validated, as the kiosk does before it takes the terminal (`Content::load` on the
//! embedded files, then freeing what only validation needs). Part of the < 30 ms start-up
//! budget (DESIGN.md); `benches/startup.py` times the whole start of the real binary.
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
    group.bench_function("embedded content, 15 locales, validated", |b| {
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
