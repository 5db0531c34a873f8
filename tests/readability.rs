//! Plain language, measured: every Dutch checklist keeps short sentences and scores as easy
//! on the Flesch-Douma scale (the Dutch adaptation of Flesch reading ease). The figures are
//! printed with `cargo test --test readability -- --nocapture` and kept in docs/CONTENT.md.

use chrono::NaiveDate;
use digipunt::content::{Content, messages};

/// Sentences a citizen reads: every step, problem and summary of one checklist.
fn citizen_texts(content: &Content, checklist: usize) -> Vec<String> {
    let catalog = &content.catalog;
    let nl = catalog.source();
    let checklist = &content.library.checklists[checklist];
    let mut texts = vec![
        catalog
            .attribute(nl, &messages::checklist(&checklist.id), "summary")
            .value,
    ];
    for step in &checklist.steps {
        texts.push(
            catalog
                .text(nl, &messages::step(&checklist.id, &step.id))
                .value,
        );
        for problem in &step.problems {
            let id = messages::problem(&problem.id);
            texts.push(catalog.text(nl, &id).value);
            texts.push(catalog.attribute(nl, &id, "fix").value);
        }
    }
    texts
}

fn sentences(text: &str) -> Vec<&str> {
    text.split(['.', '?', '!', ':'])
        .map(str::trim)
        .filter(|s| s.chars().any(char::is_alphabetic))
        .collect()
}

fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

/// Vowel groups as syllables: close enough for Dutch (ij, ei, oe, ui... count once).
fn syllables(word: &str) -> usize {
    let vowel = |c: char| "aeiouyàáâäèéêëïíîöóôüúû".contains(c.to_lowercase().next().unwrap_or(c));
    let mut count = 0;
    let mut previous = false;
    for c in word.chars() {
        let is_vowel = vowel(c);
        if is_vowel && !previous {
            count += 1;
        }
        previous = is_vowel;
    }
    count.max(1)
}

struct Score {
    words_per_sentence: f64,
    douma: f64,
}

fn score(texts: &[String]) -> Score {
    let sentences: Vec<&str> = texts.iter().flat_map(|t| sentences(t)).collect();
    let words: Vec<&str> = sentences.iter().flat_map(|s| words(s)).collect();
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let words_per_sentence = words.len() as f64 / sentences.len() as f64;
    let syllables_per_100_words = 100.0 * syllables as f64 / words.len() as f64;
    Score {
        words_per_sentence,
        douma: 206.84 - 0.77 * syllables_per_100_words - 0.93 * words_per_sentence,
    }
}

#[test]
fn every_dutch_checklist_reads_as_plain_language() {
    let content = Content::embedded(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()).unwrap();
    println!("| checklist | words per sentence | Flesch-Douma |");
    println!("| --- | --- | --- |");
    for (index, checklist) in content.library.checklists.iter().enumerate() {
        let score = score(&citizen_texts(&content, index));
        println!(
            "| {} | {:.1} | {:.0} |",
            checklist.id, score.words_per_sentence, score.douma
        );
        assert!(
            score.words_per_sentence <= 10.0,
            "{}: sentences too long ({:.1} words)",
            checklist.id,
            score.words_per_sentence
        );
        // 60 and up is "easy" on the Douma scale; B1 texts for a broad public aim there.
        assert!(
            score.douma >= 60.0,
            "{}: hard to read (Douma {:.0})",
            checklist.id,
            score.douma
        );
    }
}

#[test]
fn the_measure_itself_behaves() {
    assert_eq!(syllables("kaartlezer"), 3);
    assert_eq!(syllables("pincode"), 3);
    assert_eq!(syllables("ijs"), 1);
    assert_eq!(
        sentences("Open de site. Klik op 'Aanmelden'! Lukt het?").len(),
        3
    );
    let easy = score(&["Open de site. Klik op de knop.".to_owned()]);
    let hard = score(&["Raadpleeg de geïntegreerde authenticatievoorzieningen alvorens registratieprocedures te initiëren.".to_owned()]);
    assert!(easy.douma > hard.douma + 50.0);
}
