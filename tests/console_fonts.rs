//! On the Linux text console, every word of a console locale must be in the console font
//! the kiosk loads for it (after shaping, for Arabic), or it would show as garbage.
//! The fonts come from Debian's console-setup-linux, which CI installs.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use digipunt::content::{Content, ContentFiles};
use digipunt::i18n::Display;
use digipunt::kiosk::{FONT_DIR, font_repertoire};
use digipunt::ui::console_fold::fold;
use digipunt::ui::text::layout;

#[test]
fn every_console_locale_fits_its_console_font() {
    if !Path::new(FONT_DIR).join("Uni2-Fixed16.psf.gz").exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install console-setup-linux: {FONT_DIR} has no fonts"
        );
        eprintln!("skipped: no console fonts in {FONT_DIR} (apt install console-setup-linux)");
        return;
    }
    // The validated load: it keeps the index of every message.
    let content = Content::load(
        &ContentFiles::embedded(),
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    )
    .unwrap();
    let catalog = &content.catalog;
    assert!(catalog.locales().iter().all(|l| !l.index.is_empty()));
    for (id, locale) in catalog.locales().iter().enumerate() {
        let font = match &locale.meta.display {
            Display::Console(Some(font)) | Display::ConsoleFont(font) => font,
            Display::Console(None) | Display::Unicode => continue,
        };
        let repertoire =
            font_repertoire(&Path::new(FONT_DIR).join(format!("{font}.psf.gz"))).unwrap();
        let mut missing: BTreeSet<char> = BTreeSet::new();
        let mut texts = vec![locale.meta.endonym.clone()];
        for (message, info) in &locale.index {
            if info.has_value {
                texts.push(catalog.text(id, message).value);
            }
            texts.extend(
                info.attributes()
                    .map(|a| catalog.attribute(id, message, a).value),
            );
        }
        for text in texts {
            // As the screen gets it: shaped, reordered, without marks.
            for line in layout(&text, 200, locale.meta.direction) {
                // What the font lacks is drawn as a plain letter: that too must be drawable.
                let drawable = |c: &char| {
                    *c == ' ' || repertoire.contains(c) || repertoire.contains(&fold(*c))
                };
                missing.extend(line.chars().filter(|c| !drawable(c)));
            }
        }
        assert!(
            missing.is_empty(),
            "{}: {font} cannot draw {:?}",
            locale.tag,
            missing
        );
    }
}
