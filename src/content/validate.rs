//! Cross-checks between structure and translations: every id a checklist names must exist,
//! the source language must have every message, and other languages are compared with it.

use chrono::{Months, NaiveDate};

use super::load::{Origins, Reference};
use super::model::Library;
use crate::source::diagnostics::Diagnostics;
use fluent_bundle::FluentResource;

use crate::i18n::{Catalog, MessageIndex, MessageInfo, Status, index_file, integer_categories};
use crate::source::ContentFiles;

/// Content older than this gets a warning: deadlines and app screens change every year.
const STALE_AFTER_MONTHS: u32 = 12;

/// The interface's own messages, by file: every one the built-in Dutch files have, a
/// content folder's source language must have too, or a screen would show a bare id.
/// `ui` is the citizen's path, `desk` the helper's tools, `report` the coordinator's counts.
const INTERFACE_FILES: &[&str] = &["ui.ftl", "desk.ftl", "report.ftl"];

pub fn validate(
    library: &Library,
    origins: &Origins,
    catalog: &Catalog,
    today: NaiveDate,
    diagnostics: &mut Diagnostics,
) {
    check_references(library, origins, catalog, diagnostics);
    check_interface(catalog, diagnostics);
    check_message_clashes(library, diagnostics);
    check_translations(catalog, diagnostics);
    check_plurals(catalog, diagnostics);
    check_staleness(library, today, diagnostics);
}

/// What the kiosk checks when it starts from the build's compiled tables, which keep no
/// index of the Fluent files: every id the structure names exists, and the source language
/// has every message and attribute it needs. The rest (translations, plurals, dates) is a
/// property of the files alone, checked by the tests and `digipunt check`.
pub fn check_structure(
    library: &Library,
    origins: &Origins,
    catalog: &Catalog,
    diagnostics: &mut Diagnostics,
) {
    check_library_references(library, origins, diagnostics);
    check_message_clashes(library, diagnostics);
    let source = catalog.source();
    let problem_other = super::messages::problem(super::messages::OTHER_PROBLEM);
    let other = (problem_other.as_str(), ["fix"].as_slice());
    let needed = origins
        .entries
        .iter()
        .filter_map(|origin| match &origin.what {
            Reference::Message { id, attributes } => Some((
                (id.as_str(), attributes.as_slice()),
                origin.file.as_str(),
                origin.line,
            )),
            _ => None,
        })
        .chain(std::iter::once((other, "locales/nl/problems.ftl", 0)));
    for ((id, attributes), file, line) in needed {
        let parts = std::iter::once(None).chain(attributes.iter().copied().map(Some));
        for part in parts {
            if !catalog.has_text(source, id, part) {
                let what = match part {
                    None => format!("message \"{id}\""),
                    Some(attribute) => format!("message \"{id}\" with the attribute .{attribute}"),
                };
                diagnostics.error(
                    file,
                    line,
                    format!("{what} is missing in the source language"),
                );
            }
        }
    }
}

fn check_references(
    library: &Library,
    origins: &Origins,
    catalog: &Catalog,
    diagnostics: &mut Diagnostics,
) {
    check_library_references(library, origins, diagnostics);
    let source = catalog.locale(catalog.source());
    for origin in &origins.entries {
        if let Reference::Message { id, attributes } = &origin.what {
            check_source_message(
                source.index.get(id),
                id,
                attributes,
                &source.tag,
                &origin.file,
                origin.line,
                diagnostics,
            );
        }
    }
    let problem_other = super::messages::problem(super::messages::OTHER_PROBLEM);
    check_source_message(
        source.index.get(&problem_other),
        &problem_other,
        &["fix"],
        &source.tag,
        "locales/nl/problems.ftl",
        0,
        diagnostics,
    );
}

/// Ids the structure files name that must exist in the structure itself.
fn check_library_references(library: &Library, origins: &Origins, diagnostics: &mut Diagnostics) {
    for origin in &origins.entries {
        let (file, line) = (origin.file.as_str(), origin.line);
        match &origin.what {
            Reference::Category(id) if !library.categories.contains(id) => {
                diagnostics.error(
                    file,
                    line,
                    format!("unknown category \"{id}\" (see assets/categories.toml)"),
                );
            }
            Reference::Bring(id) if !library.bring.contains(id) => {
                diagnostics.error(
                    file,
                    line,
                    format!("unknown bring item \"{id}\" (see assets/bring.toml)"),
                );
            }
            Reference::Referral(id) if library.referral(id).is_none() => {
                diagnostics.error(
                    file,
                    line,
                    format!("unknown referral \"{id}\" (see assets/referrals.toml)"),
                );
            }
            Reference::Goto(id) => match library.checklist_index(id) {
                None => diagnostics.error(
                    file,
                    line,
                    format!("`goto` names an unknown checklist \"{id}\""),
                ),
                Some(index) if library.checklists[index].file == file => {
                    diagnostics.error(
                        file,
                        line,
                        format!("`goto` cannot continue in the same checklist \"{id}\""),
                    );
                }
                Some(_) => {}
            },
            _ => {}
        }
    }
}

fn check_source_message(
    info: Option<&MessageInfo>,
    id: &str,
    attributes: &[&str],
    tag: &str,
    file: &str,
    line: usize,
    diagnostics: &mut Diagnostics,
) {
    match info {
        None => diagnostics.error(
            file,
            line,
            format!("message \"{id}\" is missing in locales/{tag}/ (the source language)"),
        ),
        Some(info) => {
            if !info.has_value {
                diagnostics.error(
                    &info.file,
                    info.line,
                    format!("message \"{id}\" needs a value, not only attributes"),
                );
            }
            for attribute in attributes {
                if !info.has_attribute(attribute) {
                    diagnostics.error(
                        &info.file,
                        info.line,
                        format!("message \"{id}\" needs the attribute .{attribute}"),
                    );
                }
            }
        }
    }
}

/// Missing messages fall back (citizen language -> English -> Dutch) and are counted as
/// warnings; a translation that uses a variable the source does not give is an error,
/// because it would show `{$name}` on screen.
fn check_translations(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    let source = catalog.locale(catalog.source());
    for locale in catalog.locales() {
        if locale.tag == source.tag {
            continue;
        }
        let folder = format!("locales/{}/", locale.tag);
        for (id, reference) in &source.index {
            let Some(info) = locale.index.get(id) else {
                diagnostics.incomplete(
                    &folder,
                    0,
                    format!("message \"{id}\" is not translated (falls back)"),
                );
                continue;
            };
            for attribute in reference.attributes() {
                if !info.has_attribute(attribute) {
                    diagnostics.incomplete(
                        &info.file,
                        info.line,
                        format!("message \"{id}\" lacks .{attribute} (falls back)"),
                    );
                }
            }
            for (part, variables) in info.parts.iter() {
                let expected = reference.parts.get(part);
                let name = part.as_ref().map_or(String::new(), |a| format!(".{a}"));
                match expected {
                    None => diagnostics.incomplete(
                        &info.file,
                        info.line,
                        format!("message \"{id}\" has {name} that the source does not have"),
                    ),
                    Some(expected) => {
                        for unknown in variables.difference(expected) {
                            diagnostics.error(&info.file, info.line, format!("message \"{id}{name}\" uses ${unknown}, which the source does not give"));
                        }
                    }
                }
            }
        }
        for (id, info) in &locale.index {
            if !source.index.contains_key(id) {
                diagnostics.incomplete(
                    &info.file,
                    info.line,
                    format!("message \"{id}\" is not in the source language (obsolete?)"),
                );
            }
        }
        if locale.meta.status == Status::Source {
            diagnostics.error(
                &format!("{folder}locale.toml"),
                0,
                "only the source language may have status \"source\"",
            );
        }
    }
}

fn check_staleness(library: &Library, today: NaiveDate, diagnostics: &mut Diagnostics) {
    let Some(limit) = today.checked_sub_months(Months::new(STALE_AFTER_MONTHS)) else {
        return;
    };
    for checklist in &library.checklists {
        if checklist.reviewed < limit {
            diagnostics.warning(
                &checklist.file,
                0,
                format!(
                    "last reviewed on {}: check it against today's services",
                    checklist.reviewed
                ),
            );
        }
    }
}

fn check_interface(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    let source = catalog.locale(catalog.source());
    for name in INTERFACE_FILES {
        let builtin_file = format!("locales/{}/{name}", crate::i18n::SOURCE_LOCALE);
        let Some(text) = ContentFiles::embedded_file(&builtin_file) else {
            continue;
        };
        let text = text.as_ref();
        let Ok(resource) = FluentResource::try_new(text.to_owned()) else {
            continue;
        };
        let mut required = MessageIndex::new();
        index_file(&mut required, &builtin_file, text, resource.entries());
        let file = format!("locales/{}/{name}", source.tag);
        for (id, needed) in &required {
            match source.index.get(id) {
                None => diagnostics.error(&file, 0, format!("message \"{id}\" is missing; the screens need it (copy it from the built-in {builtin_file})")),
                Some(info) => {
                    for attribute in needed.attributes() {
                        if !info.has_attribute(attribute) {
                            diagnostics.error(&info.file, info.line, format!("message \"{id}\" needs the attribute .{attribute}; the screens use it"));
                        }
                    }
                }
            }
        }
    }
}

/// A step's message id is `<checklist>-<step>`; it must not collide with another
/// checklist's title or another step's text.
fn check_message_clashes(library: &Library, diagnostics: &mut Diagnostics) {
    let mut seen: Vec<(String, &str)> = library
        .checklists
        .iter()
        .map(|c| (c.id.clone(), c.file.as_str()))
        .collect();
    for checklist in &library.checklists {
        let ids = checklist.steps.iter().flat_map(|step| {
            std::iter::once((step, super::messages::step(&checklist.id, &step.id))).chain(
                step.branch
                    .iter()
                    .map(move |o| (step, super::messages::branch(&checklist.id, &step.id, o))),
            )
        });
        for (step, id) in ids {
            if let Some((_, other)) = seen.iter().find(|(taken, _)| *taken == id) {
                diagnostics.error(&checklist.file, 0, format!("step \"{}\" gives the message id \"{id}\", which {other} also uses; rename the step", step.id));
            }
            seen.push((id, checklist.file.as_str()));
        }
    }
}

/// Every message that picks words by a number offers each plural category its language's
/// whole numbers use, and each locale declares those categories truthfully.
fn check_plurals(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    for locale in catalog.locales() {
        let Some(required) = locale
            .tag
            .parse()
            .ok()
            .and_then(|langid| integer_categories(&langid))
        else {
            continue;
        };
        if locale
            .meta
            .plurals
            .iter()
            .map(String::as_str)
            .ne(required.iter().copied())
        {
            let file = format!("locales/{}/locale.toml", locale.tag);
            diagnostics.error(
                &file,
                0,
                format!(
                    "`plurals` must be {required:?}: the plural rules of {} use those",
                    locale.tag
                ),
            );
        }
        for (id, info) in &locale.index {
            for (part, keys) in &info.plural_selects {
                let missing: Vec<&str> = required
                    .iter()
                    .copied()
                    .filter(|c| !keys.contains(*c))
                    .collect();
                if !missing.is_empty() {
                    let name = part.as_ref().map_or(String::new(), |a| format!(".{a}"));
                    diagnostics.incomplete(&info.file, info.line, format!("message \"{id}{name}\" lacks the plural form(s) {} (the default is used)", missing.join(", ")));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load::load_library;

    /// The check a compiled start runs finds what the full validation finds in the
    /// structure: an unknown `goto`, a message or attribute the source language lacks.
    #[test]
    fn the_start_check_finds_broken_ids() {
        let mut files = ContentFiles::embedded();
        let edit = |files: &mut ContentFiles, path: &str, from: &str, to: &str| {
            let text = files.get(path).unwrap().to_owned();
            assert!(text.contains(from), "{path} has no {from}");
            files.insert(path, text.replacen(from, to, 1));
        };
        edit(
            &mut files,
            "locales/nl/checklists/tax-on-web.ftl",
            "tax-on-web-type-code = ",
            "tax-on-web-typed-code = ",
        );
        edit(
            &mut files,
            "locales/nl/bring.ftl",
            "    .missing = Pincode vergeten?",
            "    .mising = Pincode vergeten?",
        );
        edit(
            &mut files,
            "assets/checklists/burgerprofiel.toml",
            "goto = \"eid-login\"",
            "goto = \"eid-log-in\"",
        );
        let mut diagnostics = Diagnostics::default();
        let (library, origins) = load_library(&files, &mut diagnostics);
        let catalog = Catalog::load(&files, &mut diagnostics).unwrap();
        assert!(!diagnostics.has_errors(), "{diagnostics}");
        check_structure(&library, &origins, &catalog, &mut diagnostics);
        let errors: Vec<String> = diagnostics.errors().map(|d| d.to_string()).collect();
        for expected in [
            "message \"tax-on-web-type-code\" is missing",
            "message \"bring-eid-pin\" with the attribute .missing is missing",
            "unknown checklist \"eid-log-in\"",
        ] {
            assert!(
                errors.iter().any(|e| e.contains(expected)),
                "{expected} not in {errors:#?}"
            );
        }
        assert_eq!(errors.len(), 3, "{errors:#?}");
    }
}
