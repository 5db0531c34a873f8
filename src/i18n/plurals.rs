//! Which plural categories a language's whole numbers fall into, read off the CLDR rules
//! that Fluent itself formats with, so that a translation can be checked against them.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// The categories used by the counts digipunt shows (seconds, steps): 0 to 1,000, and a
/// few large numbers where some languages differ.
pub fn integer_categories(language: &LanguageIdentifier) -> Option<Vec<&'static str>> {
    // The same choice Fluent makes: the closest language with rules, else English.
    let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let english: LanguageIdentifier = "en".parse().ok()?;
    let chosen = negotiate_languages(
        &[language],
        &available,
        Some(&english),
        NegotiationStrategy::Lookup,
    );
    let rules = PluralRules::create((*chosen.first()?).clone(), PluralRuleType::CARDINAL).ok()?;
    let mut found: Vec<&'static str> = Vec::new();
    for n in (0..=1000u64).chain([10_000, 100_000, 1_000_000, 10_000_000]) {
        let name = match rules.select(n).ok()? {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        };
        if !found.contains(&name) {
            found.push(name);
        }
    }
    // Whole numbers never reach "other" in some languages (Ukrainian), but Fluent's default
    // variant is conventionally `*[other]`, so every language lists it.
    if !found.contains(&"other") {
        found.push("other");
    }
    let order = super::messages::PLURAL_CATEGORIES;
    found.sort_by_key(|c| order.iter().position(|o| o == c));
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(tag: &str) -> Vec<&'static str> {
        integer_categories(&tag.parse().unwrap()).unwrap()
    }

    #[test]
    fn categories_follow_cldr() {
        assert_eq!(of("nl"), ["one", "other"]);
        assert_eq!(of("ar"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(of("uk"), ["one", "few", "many", "other"]);
        assert_eq!(of("ro"), ["one", "few", "other"]);
        assert_eq!(
            of("fa-AF"),
            ["one", "other"],
            "Dari uses the rules of Persian"
        );
    }
}
