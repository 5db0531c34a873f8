//! Every locale's Fluent bundle, and lookup with the fallback chain
//! citizen language -> English -> Dutch, so that a missing message never leaves a blank.

use std::cell::Cell;
use std::collections::{BTreeSet, HashMap};

use fluent_syntax::ast;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use super::compiled::{self, CompiledLocale};
use super::locale::{Direction, LocaleMeta, RawLocaleMeta};
use super::messages::{MessageIndex, index_file};
use super::plain::{self, PlainText};
use crate::source::diagnostics::{Diagnostics, line_of};
use crate::source::files::ContentFiles;

pub const LANGUAGES_FILE: &str = "locales/languages.toml";
pub const SOURCE_LOCALE: &str = "nl";
const FALLBACK_LOCALE: &str = "en";

/// Index of a locale in the catalog, in the order of `locales/languages.toml`.
pub type LocaleId = usize;

pub struct Locale {
    pub tag: String,
    pub meta: LocaleMeta,
    pub index: MessageIndex,
    /// Messages with placeables (variables, plural choices).
    bundle: FluentBundle<FluentResource>,
    /// Messages that are plain text: most of them, and far cheaper as strings than as
    /// Fluent's syntax trees.
    plain: PlainMessages,
}

enum PlainMessages {
    /// Read from a content folder, by id.
    Parsed(HashMap<String, PlainMessage>),
    /// The embedded locale, compiled by the build script.
    Compiled(&'static CompiledLocale),
}

#[derive(Debug, Default)]
struct PlainMessage {
    value: Option<String>,
    attributes: Vec<(String, String)>,
}

impl PlainMessages {
    /// `number` is the id's number in the compiled tables.
    fn text(&self, id: &str, number: Option<usize>, attribute: Option<&str>) -> Option<&str> {
        match self {
            PlainMessages::Parsed(messages) => {
                let message = messages.get(id)?;
                match attribute {
                    Some(name) => message
                        .attributes
                        .iter()
                        .find(|(a, _)| a == name)
                        .map(|(_, v)| v.as_str()),
                    None => message.value.as_deref(),
                }
            }
            PlainMessages::Compiled(locale) => locale.text(number, attribute),
        }
    }
}

pub struct Catalog {
    locales: Vec<Locale>,
    /// The locales that greet on the language screen ("choose your language").
    greeting: Vec<LocaleId>,
    source: LocaleId,
    fallback: Option<LocaleId>,
    /// Whether the plain messages are the build's tables (found by id number).
    compiled: bool,
    /// Lookups that found nothing in any locale; a test keeps this at zero.
    missing: Cell<usize>,
    /// Messages that formatted with errors (an unknown variable or reference); a test
    /// keeps this at zero too.
    format_errors: Cell<usize>,
    /// Texts shown in another language than asked (a gap in a translation).
    fallbacks: Cell<usize>,
}

/// A formatted message and the direction of the locale that supplied it: a fallback to
/// English inside an Arabic screen is still laid out left to right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub value: String,
    pub direction: Direction,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguages {
    order: Vec<toml::Spanned<String>>,
    /// Languages whose "choose your language" greets on the welcome screen.
    #[serde(default)]
    greet: Vec<toml::Spanned<String>>,
}

/// How the locales' messages are read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Messages {
    /// Parse and index every Fluent file (a content folder, `digipunt check`).
    Parse,
    /// Take the build's tables: the embedded content, which the test suite validates.
    Compiled,
}

impl Catalog {
    /// Parses and indexes every locale of `files`, reporting every problem.
    pub fn load(files: &ContentFiles, diagnostics: &mut Diagnostics) -> Option<Catalog> {
        Self::assemble(files, Messages::Parse, diagnostics)
    }

    /// The embedded locales, from the tables the build compiled: only the messages with
    /// placeables are parsed, and nothing is indexed for validation (the embedded content
    /// is validated by the test suite and `digipunt check`). `None` when the build found
    /// Fluent syntax errors: the caller then loads the slow way, which reports them.
    pub fn embedded(diagnostics: &mut Diagnostics) -> Option<Catalog> {
        if compiled::LOCALES.iter().any(|l| l.syntax_errors > 0) {
            return None;
        }
        Self::assemble(
            &ContentFiles::embedded_structure(),
            Messages::Compiled,
            diagnostics,
        )
    }

    fn assemble(
        files: &ContentFiles,
        messages: Messages,
        diagnostics: &mut Diagnostics,
    ) -> Option<Catalog> {
        let text = match files.get(LANGUAGES_FILE) {
            Some(text) => text,
            None => {
                diagnostics.error(LANGUAGES_FILE, 0, "file is missing");
                return None;
            }
        };
        let (order, greet) = match toml::from_str::<RawLanguages>(text) {
            Ok(raw) => (raw.order, raw.greet),
            Err(e) => {
                let line = e.span().map_or(0, |s| line_of(text, s.start));
                diagnostics.error(LANGUAGES_FILE, line, e.message().trim().to_owned());
                return None;
            }
        };
        let mut listed: Vec<(&str, usize)> = Vec::new();
        for tag in &order {
            let line = line_of(text, tag.span().start);
            if listed.iter().any(|(t, _)| t == tag.get_ref()) {
                diagnostics.error(
                    LANGUAGES_FILE,
                    line,
                    format!("\"{}\" is listed twice", tag.get_ref()),
                );
                continue;
            }
            listed.push((tag.get_ref(), line));
        }
        let locales: Vec<Locale> = parse_locales(files, &listed, messages, diagnostics)
            .into_iter()
            .flatten()
            .map(ParsedLocale::into_locale)
            .collect();
        report_unlisted(files, &order, diagnostics);
        let source = locales.iter().position(|l| l.tag == SOURCE_LOCALE);
        let Some(source) = source else {
            diagnostics.error(
                LANGUAGES_FILE,
                0,
                format!("the source language \"{SOURCE_LOCALE}\" is not listed"),
            );
            return None;
        };
        let fallback = locales.iter().position(|l| l.tag == FALLBACK_LOCALE);
        let mut greeting = Vec::new();
        for tag in &greet {
            match locales.iter().position(|l| &l.tag == tag.get_ref()) {
                Some(id) => greeting.push(id),
                None => {
                    let line = line_of(text, tag.span().start);
                    diagnostics.error(
                        LANGUAGES_FILE,
                        line,
                        format!(
                            "`greet` names \"{}\", which is not in `order`",
                            tag.get_ref()
                        ),
                    );
                }
            }
        }
        Some(Catalog {
            greeting,
            locales,
            source,
            fallback,
            compiled: messages == Messages::Compiled,
            missing: Cell::new(0),
            format_errors: Cell::new(0),
            fallbacks: Cell::new(0),
        })
    }

    /// The locales that say "choose your language" on the language screen; all of them
    /// when `languages.toml` names none.
    pub fn greeting(&self) -> Vec<LocaleId> {
        if self.greeting.is_empty() {
            (0..self.locales.len()).collect()
        } else {
            self.greeting.clone()
        }
    }

    /// Frees what only validation needs (where each message is written, its variables);
    /// the running kiosk keeps just the bundles.
    pub fn release_indexes(&mut self) {
        for locale in &mut self.locales {
            locale.index = MessageIndex::new();
        }
    }

    /// Whether this locale itself (no fallback) has the message's value or attribute.
    pub fn has_text(&self, lang: LocaleId, id: &str, attribute: Option<&str>) -> bool {
        let Some(locale) = self.locales.get(lang) else {
            return false;
        };
        let number = self.id_number(id);
        if locale.plain.text(id, number, attribute).is_some() {
            return true;
        }
        locale
            .bundle
            .get_message(id)
            .is_some_and(|message| match attribute {
                Some(name) => message.get_attribute(name).is_some(),
                None => message.value().is_some(),
            })
    }

    /// The id's number in the compiled tables, which find plain messages by it.
    fn id_number(&self, id: &str) -> Option<usize> {
        if self.compiled {
            compiled::id_number(id)
        } else {
            None
        }
    }

    /// Whether the plain messages come from the build's tables (`Catalog::embedded`).
    pub fn is_compiled(&self) -> bool {
        self.compiled
    }

    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    pub fn locale(&self, id: LocaleId) -> &Locale {
        &self.locales[id]
    }

    pub fn source(&self) -> LocaleId {
        self.source
    }

    pub fn find(&self, tag: &str) -> Option<LocaleId> {
        self.locales.iter().position(|l| l.tag == tag)
    }

    pub fn direction(&self, id: LocaleId) -> Direction {
        self.locales[id].meta.direction
    }

    pub fn missing_lookups(&self) -> usize {
        self.missing.get()
    }

    pub fn format_errors(&self) -> usize {
        self.format_errors.get()
    }

    pub fn fallbacks(&self) -> usize {
        self.fallbacks.get()
    }

    /// The message value, with fallback; the id itself if no locale has it.
    pub fn text(&self, lang: LocaleId, id: &str) -> Text {
        self.format(lang, id, None, None)
    }

    pub fn text_with(&self, lang: LocaleId, id: &str, args: &FluentArgs) -> Text {
        self.format(lang, id, None, Some(args))
    }

    pub fn attribute(&self, lang: LocaleId, id: &str, attribute: &str) -> Text {
        self.format(lang, id, Some(attribute), None)
    }

    /// For attributes a message may leave out (a step without a tip): no fallback noise.
    pub fn optional_attribute(&self, lang: LocaleId, id: &str, attribute: &str) -> Option<Text> {
        self.try_format(lang, id, Some(attribute), None)
    }

    pub fn attribute_with(
        &self,
        lang: LocaleId,
        id: &str,
        attribute: &str,
        args: &FluentArgs,
    ) -> Text {
        self.format(lang, id, Some(attribute), Some(args))
    }

    fn format(
        &self,
        lang: LocaleId,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Text {
        self.try_format(lang, id, attribute, args)
            .unwrap_or_else(|| {
                self.missing.set(self.missing.get() + 1);
                let value = match attribute {
                    Some(a) => format!("{id}.{a}"),
                    None => id.to_owned(),
                };
                Text {
                    value,
                    direction: Direction::Ltr,
                }
            })
    }

    fn try_format(
        &self,
        lang: LocaleId,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<Text> {
        let number = self.id_number(id);
        self.chain(lang).find_map(|locale| {
            if let Some(value) = locale.plain.text(id, number, attribute) {
                if locale.tag != self.locales[lang].tag {
                    self.fallbacks.set(self.fallbacks.get() + 1);
                }
                return Some(Text {
                    value: value.to_owned(),
                    direction: locale.meta.direction,
                });
            }
            let bundle = &locale.bundle;
            let message = bundle.get_message(id)?;
            let pattern = match attribute {
                Some(name) => message.get_attribute(name)?.value(),
                None => message.value()?,
            };
            let mut errors = Vec::new();
            let value = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if !errors.is_empty() {
                self.format_errors.set(self.format_errors.get() + 1);
            }
            if locale.tag != self.locales[lang].tag {
                self.fallbacks.set(self.fallbacks.get() + 1);
            }
            Some(Text {
                value,
                direction: locale.meta.direction,
            })
        })
    }

    fn chain(&self, lang: LocaleId) -> impl Iterator<Item = &Locale> {
        let mut ids = vec![lang];
        ids.extend(self.fallback);
        ids.push(self.source);
        ids.dedup();
        let mut seen = Vec::with_capacity(3);
        ids.into_iter()
            .filter(move |id| {
                let fresh = !seen.contains(id);
                seen.push(*id);
                fresh
            })
            .filter_map(|id| self.locales.get(id))
    }
}

/// Reads the listed locales. Parsing every translation is most of the start-up time, so
/// it is spread over the processor's cores; the compiled tables need no such help (and a
/// second thread would cost its own heap). Results keep the order of `listed`.
fn parse_locales(
    files: &ContentFiles,
    listed: &[(&str, usize)],
    messages: Messages,
    diagnostics: &mut Diagnostics,
) -> Vec<Option<ParsedLocale>> {
    let workers = match messages {
        Messages::Parse => std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, listed.len().max(1)),
        Messages::Compiled => 1,
    };
    let parse_share = |worker: usize| {
        let mut found = Diagnostics::default();
        let parsed: Vec<(usize, Option<ParsedLocale>)> = (worker..listed.len())
            .step_by(workers)
            .map(|i| {
                let (tag, line) = listed[i];
                let locale = read_locale(files, tag, line, messages, &mut found);
                (i, locale)
            })
            .collect();
        (parsed, found)
    };
    let shares: Vec<_> = if workers == 1 {
        vec![parse_share(0)]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (1..workers)
                .map(|worker| scope.spawn(move || parse_share(worker)))
                .collect();
            let mut shares = vec![parse_share(0)];
            shares.extend(
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))),
            );
            shares
        })
    };
    let mut locales: Vec<Option<ParsedLocale>> = (0..listed.len()).map(|_| None).collect();
    for (parsed, found) in shares {
        diagnostics.extend(found);
        for (i, locale) in parsed {
            locales[i] = locale;
        }
    }
    locales
}

/// A locale read and checked, not yet made into a bundle (bundles cannot cross threads).
struct ParsedLocale {
    tag: String,
    meta: LocaleMeta,
    langid: LanguageIdentifier,
    index: MessageIndex,
    plain: PlainMessages,
    dynamic: Vec<FluentResource>,
}

impl ParsedLocale {
    fn into_locale(self) -> Locale {
        let mut bundle = FluentBundle::new(vec![self.langid]);
        // Isolation marks keep "Ahmed!" on the right side of an Arabic sentence; the text
        // layout strips them after reordering, so no terminal ever sees them.
        bundle.set_use_isolating(true);
        for resource in self.dynamic {
            // Duplicates were reported when parsing; the first definition wins.
            let _ = bundle.add_resource(resource);
        }
        Locale {
            tag: self.tag,
            meta: self.meta,
            index: self.index,
            bundle,
            plain: self.plain,
        }
    }
}

fn read_locale(
    files: &ContentFiles,
    tag: &str,
    listed_line: usize,
    messages: Messages,
    diagnostics: &mut Diagnostics,
) -> Option<ParsedLocale> {
    let meta_path = format!("locales/{tag}/locale.toml");
    let Some(meta_text) = files.get(&meta_path) else {
        diagnostics.error(
            LANGUAGES_FILE,
            listed_line,
            format!("locale \"{tag}\" has no {meta_path}"),
        );
        return None;
    };
    let meta = match toml::from_str::<RawLocaleMeta>(meta_text) {
        Ok(raw) => match raw.check() {
            Ok(meta) => meta,
            Err((offset, message)) => {
                diagnostics.error(&meta_path, line_of(meta_text, offset), message);
                return None;
            }
        },
        Err(e) => {
            let line = e.span().map_or(0, |s| line_of(meta_text, s.start));
            diagnostics.error(&meta_path, line, e.message().trim().to_owned());
            return None;
        }
    };
    let langid: LanguageIdentifier = match tag.parse() {
        Ok(id) => id,
        Err(_) => {
            diagnostics.error(
                LANGUAGES_FILE,
                listed_line,
                format!("\"{tag}\" is not a valid language tag"),
            );
            return None;
        }
    };
    let (index, plain, dynamic) = match (messages, compiled::locale(tag)) {
        (Messages::Compiled, Some(compiled)) => {
            let dynamic = FluentResource::try_new(compiled.dynamic.to_owned())
                .unwrap_or_else(|(resource, _)| resource);
            (
                MessageIndex::new(),
                PlainMessages::Compiled(compiled),
                vec![dynamic],
            )
        }
        (Messages::Compiled, None) => (
            MessageIndex::new(),
            PlainMessages::Parsed(HashMap::new()),
            Vec::new(),
        ),
        (Messages::Parse, _) => parse_messages(files, tag, diagnostics),
    };
    Some(ParsedLocale {
        tag: tag.to_owned(),
        meta,
        langid,
        index,
        plain,
        dynamic,
    })
}

/// Parses and indexes a locale's Fluent files, reporting syntax errors and duplicates.
fn parse_messages(
    files: &ContentFiles,
    tag: &str,
    diagnostics: &mut Diagnostics,
) -> (MessageIndex, PlainMessages, Vec<FluentResource>) {
    let mut dynamic = Vec::new();
    let mut index = MessageIndex::new();
    let mut plain = HashMap::new();
    let mut defined = BTreeSet::new();
    let prefix = format!("locales/{tag}/");
    for (path, text) in files.under(&prefix) {
        if !path.ends_with(".ftl") {
            continue;
        }
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let at = line_of(text, error.pos.start);
                    let entry = error
                        .slice
                        .map_or(at, |slice| entry_line(text, slice.start));
                    let near = if entry == at {
                        String::new()
                    } else {
                        format!(" (at line {at})")
                    };
                    diagnostics.error(path, entry, format!("Fluent syntax: {}{near}", error.kind));
                }
                resource
            }
        };
        for (id, line) in index_file(&mut index, path, text, resource.entries()) {
            diagnostics.error(
                path,
                line,
                format!("message \"{id}\" is already defined in {}", index[&id].file),
            );
        }
        let (found, rest) = plain::split(resource.entries(), &mut defined);
        for message in found {
            let owned = |text: &PlainText| text.as_str().to_owned();
            plain.insert(
                message.id.to_owned(),
                PlainMessage {
                    value: message.value.as_ref().map(owned),
                    attributes: message
                        .attributes
                        .iter()
                        .map(|(name, text)| ((*name).to_owned(), owned(text)))
                        .collect(),
                },
            );
        }
        let rest = fluent_syntax::serializer::serialize(&ast::Resource { body: rest });
        match FluentResource::try_new(rest) {
            Ok(resource) => dynamic.push(resource),
            Err(_) => diagnostics.error(
                path,
                0,
                "the messages with placeables could not be read back (a defect of digipunt)",
            ),
        }
    }
    (index, PlainMessages::Parsed(plain), dynamic)
}

/// The first line of a broken entry: the parser's slice may begin with blank lines and
/// comments that belong to nobody.
fn entry_line(text: &str, start: usize) -> usize {
    let first = line_of(text, start);
    text.lines()
        .enumerate()
        .skip(first - 1)
        .find(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map_or(first, |(i, _)| i + 1)
}

fn report_unlisted(
    files: &ContentFiles,
    order: &[toml::Spanned<String>],
    diagnostics: &mut Diagnostics,
) {
    let mut seen: Vec<&str> = Vec::new();
    for (path, _) in files.under("locales/") {
        let Some(tag) = path
            .strip_prefix("locales/")
            .and_then(|rest| rest.split_once('/'))
            .map(|(t, _)| t)
        else {
            continue;
        };
        if !seen.contains(&tag) {
            seen.push(tag);
            if !order.iter().any(|o| o.get_ref() == tag) {
                diagnostics.error(
                    LANGUAGES_FILE,
                    0,
                    format!("locales/{tag}/ exists but \"{tag}\" is not in `order`"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keeping plain messages as strings, or compiling them into tables, must change
    /// nothing a person sees: every message and attribute of every shipped locale reads
    /// exactly as Fluent itself formats it, from a content folder and from the tables.
    #[test]
    fn plain_messages_read_exactly_as_fluent_formats_them() {
        let files = ContentFiles::embedded();
        let mut diagnostics = Diagnostics::default();
        let catalog = Catalog::load(&files, &mut diagnostics).expect("the shipped catalog");
        let embedded = Catalog::embedded(&mut diagnostics).expect("the compiled catalog");
        assert!(!diagnostics.has_errors(), "{diagnostics}");
        assert!(embedded.compiled);
        assert_eq!(embedded.locales().len(), catalog.locales().len());
        let mut compared = 0;
        for (id, locale) in catalog.locales().iter().enumerate() {
            assert_eq!(embedded.locale(id).tag, locale.tag);
            assert_eq!(embedded.locale(id).meta.direction, locale.meta.direction);
            let mut reference = FluentBundle::new(vec![locale.tag.parse().unwrap()]);
            reference.set_use_isolating(true);
            for (_, text) in files.under(&format!("locales/{}/", locale.tag)) {
                let _ = reference.add_resource(FluentResource::try_new(text.to_owned()).unwrap());
            }
            let mut plain = 0;
            for (message_id, info) in &locale.index {
                let mut args = FluentArgs::new();
                for variable in info.parts.values().flatten() {
                    args.set(variable.as_str(), 3);
                }
                let message = reference.get_message(message_id).unwrap();
                let mut parts = vec![(None, message.value())];
                parts.extend(
                    message
                        .attributes()
                        .map(|a| (Some(a.id()), Some(a.value()))),
                );
                let text_only = |pattern: &Option<&ast::Pattern<&str>>| {
                    pattern.is_none_or(|p| {
                        p.elements
                            .iter()
                            .all(|e| matches!(e, ast::PatternElement::TextElement { .. }))
                    })
                };
                if parts.iter().all(|(_, pattern)| text_only(pattern)) {
                    plain += 1;
                }
                for (attribute, pattern) in parts {
                    let Some(pattern) = pattern else { continue };
                    let expected = reference.format_pattern(pattern, Some(&args), &mut Vec::new());
                    for (how, catalog) in [("loaded", &catalog), ("compiled", &embedded)] {
                        let got = catalog
                            .try_format(id, message_id, attribute, Some(&args))
                            .unwrap_or_else(|| {
                                panic!("{how} {}: {message_id} is lost", locale.tag)
                            });
                        assert_eq!(
                            got.value, expected,
                            "{how} {}: {message_id} {attribute:?}",
                            locale.tag
                        );
                    }
                    compared += 1;
                }
            }
            let PlainMessages::Compiled(tables) = &embedded.locale(id).plain else {
                panic!("{}: not compiled", locale.tag);
            };
            assert_eq!(
                tables.plain_count(),
                plain,
                "{}: plain messages",
                locale.tag
            );
        }
        for catalog in [&catalog, &embedded] {
            assert_eq!(catalog.fallbacks(), 0);
            assert_eq!(catalog.format_errors(), 0);
        }
        assert!(compared > 1000, "only {compared} texts compared");
    }

    /// Every id any locale has, in every locale, value and every attribute name any
    /// message uses: the compiled tables answer as the loader does, gaps and fallbacks
    /// included (a gap is text from the next locale of the chain, or nothing).
    #[test]
    fn compiled_tables_answer_every_lookup_as_the_loader_does() {
        let mut diagnostics = Diagnostics::default();
        let loaded = Catalog::load(&ContentFiles::embedded(), &mut diagnostics).unwrap();
        let compiled = Catalog::embedded(&mut diagnostics).unwrap();
        let ids: BTreeSet<&String> = loaded
            .locales()
            .iter()
            .flat_map(|l| l.index.keys())
            .collect();
        let mut parts: BTreeSet<Option<&str>> = BTreeSet::from([None]);
        for locale in loaded.locales() {
            parts.extend(locale.index.values().flat_map(|i| i.attributes().map(Some)));
        }
        let mut args = FluentArgs::new();
        for locale in loaded.locales() {
            for info in locale.index.values() {
                for variable in info.parts.values().flatten() {
                    args.set(variable.as_str(), 2);
                }
            }
        }
        let mut answered = 0;
        for lang in 0..loaded.locales().len() {
            for id in &ids {
                for part in &parts {
                    let expected = loaded.try_format(lang, id, *part, Some(&args));
                    let got = compiled.try_format(lang, id, *part, Some(&args));
                    assert_eq!(got, expected, "{}: {id} {part:?}", loaded.locale(lang).tag);
                    answered += usize::from(got.is_some());
                }
            }
        }
        assert!(answered > 9000, "only {answered} lookups found text");
        assert_eq!(compiled.fallbacks(), loaded.fallbacks());
        assert_eq!(compiled.format_errors(), loaded.format_errors());
    }
}
