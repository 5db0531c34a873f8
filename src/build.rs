//! Embeds `assets/` and `locales/` in the binary, so a bare install runs anywhere, and
//! compiles the embedded locales' plain messages into tables (see `src/i18n/compiled.rs`).

use std::collections::{BTreeMap, BTreeSet};
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::write::DeflateEncoder;
use fluent_syntax::ast;

// The runtime loader's own rule for what is plain text.
#[allow(dead_code)]
#[path = "i18n/plain.rs"]
mod plain;

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("set by cargo"));
    let mut files = Vec::new();
    for dir in ["assets", "locales"] {
        println!("cargo:rerun-if-changed={dir}");
        collect(&root, &root.join(dir), &mut files);
    }
    files.sort();
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|(relative, absolute)| {
            let text = fs::read_to_string(absolute).expect("read an embedded file");
            (relative.clone(), text)
        })
        .collect();
    fs::write(out.join("embedded.rs"), embed_files(&files, &texts, &out))
        .expect("write embedded.rs");
    fs::write(out.join("compiled.rs"), compile_locales(&texts, &out)).expect("write compiled.rs");
}

/// The structure files as text; the Fluent files deflated, as the kiosk reads its
/// translations from the compiled tables and only validation needs their source.
fn embed_files(files: &[(String, String)], texts: &[(String, String)], out: &Path) -> String {
    let mut code = String::from("pub static FILES: &[(&str, Embedded)] = &[\n");
    // The structure files, read at every start, first and together: the kernel maps a
    // binary's pages in blocks of 64 KiB around each page read, so interleaved with the
    // sources they would bring all of those in too.
    let (sources, structure): (Vec<_>, Vec<_>) = files
        .iter()
        .enumerate()
        .partition(|(_, (relative, _))| relative.ends_with(".ftl"));
    for (number, (relative, absolute)) in structure.into_iter().chain(sources) {
        if relative.ends_with(".ftl") {
            let mut encoder = DeflateEncoder::new(Vec::new(), Compression::best());
            encoder
                .write_all(texts[number].1.as_bytes())
                .expect("deflate in memory");
            let deflated = format!("source-{number}.ftl.deflate");
            fs::write(out.join(&deflated), encoder.finish().expect("deflate in memory"))
                .expect("write a deflated file");
            writeln!(
                code,
                "    ({relative:?}, Embedded::Deflated(include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{deflated}\")))),"
            )
        } else {
            writeln!(code, "    ({relative:?}, Embedded::Text(include_str!({absolute:?}))),")
        }
        .expect("write to string");
    }
    code.push_str("];\n");
    code
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "ftl")
        ) {
            let relative = path.strip_prefix(root).expect("under root");
            let relative = relative.to_string_lossy().replace('\\', "/");
            files.push((relative, path.to_string_lossy().into_owned()));
        }
    }
}

/// A plain message of one locale: its value and its attributes by name.
#[derive(Default)]
struct Plain {
    value: Option<String>,
    attributes: Vec<(String, String)>,
}

#[derive(Default)]
struct Locale {
    /// Plain messages by id.
    plain: BTreeMap<String, Plain>,
    /// Every message id seen so far: the first definition wins, as in Fluent.
    defined: BTreeSet<String>,
    /// The other entries, as Fluent source.
    dynamic: String,
    syntax_errors: usize,
}

/// Generates the tables of `src/i18n/compiled.rs`: every plain message of every embedded
/// locale, and the rest as Fluent source per locale. Texts and table rows are laid out by
/// locale, then id: a session reads the pages of the citizen's and the helper's language.
fn compile_locales(texts: &[(String, String)], out: &Path) -> String {
    let mut locales: BTreeMap<String, Locale> = BTreeMap::new();
    for (path, text) in texts {
        let Some(tag) = path
            .strip_prefix("locales/")
            .and_then(|rest| rest.split_once('/'))
            .map(|(tag, _)| tag)
        else {
            continue;
        };
        if !path.ends_with(".ftl") {
            continue;
        }
        let locale = locales.entry(tag.to_owned()).or_default();
        // The parser `FluentResource` uses, so the build and the loader read alike.
        let resource = match fluent_syntax::parser::parse_runtime(text.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                // The kiosk then loads this content the slow way, which says where.
                locale.syntax_errors += errors.len();
                println!(
                    "cargo:warning={path}: {} Fluent syntax error(s)",
                    errors.len()
                );
                resource
            }
        };
        let (plain, rest) = plain::split(resource.body.iter(), &mut locale.defined);
        for message in plain {
            locale.plain.insert(
                message.id.to_owned(),
                Plain {
                    value: message.value.as_ref().map(|v| v.as_str().to_owned()),
                    attributes: message
                        .attributes
                        .iter()
                        .map(|(name, text)| ((*name).to_owned(), text.as_str().to_owned()))
                        .collect(),
                },
            );
        }
        if !rest.is_empty() {
            let dynamic = fluent_syntax::serializer::serialize(&ast::Resource { body: rest });
            if let Err((_, errors)) = fluent_syntax::parser::parse_runtime(dynamic.as_str()) {
                // Never seen; if it happens, the kiosk loads the slow way.
                locale.syntax_errors += errors.len();
                println!("cargo:warning={path}: its messages with placeables do not read back");
            }
            locale.dynamic.push_str(&dynamic);
        }
    }

    let ids: Vec<&String> = locales
        .values()
        .flat_map(|l| l.plain.keys())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let names: Vec<&String> = locales
        .values()
        .flat_map(|l| l.plain.values())
        .flat_map(|plain| plain.attributes.iter().map(|(name, _)| name))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut text = String::new();
    let mut place = |piece: &str| -> String {
        let start = text.len();
        text.push_str(piece);
        format!("p({start},{})", piece.len())
    };
    let mut messages = Vec::with_capacity(ids.len() * locales.len());
    let mut attributes = Vec::new();
    for locale in locales.values() {
        for id in &ids {
            messages.push(match locale.plain.get(*id) {
                None => "ABSENT".to_owned(),
                Some(plain) => {
                    let value = plain
                        .value
                        .as_ref()
                        .map_or("None".to_owned(), |v| format!("Some({})", place(v)));
                    let first = attributes.len();
                    for (name, piece) in &plain.attributes {
                        let name = names.binary_search(&name).expect("a collected name");
                        attributes.push(format!("a({name},{})", place(piece)));
                    }
                    format!("m({value},{first},{})", plain.attributes.len())
                }
            });
        }
    }
    fs::write(out.join("plain.txt"), &text).expect("write plain.txt");

    let mut code = String::new();
    let id_text: String = ids.iter().map(|id| id.as_str()).collect();
    let mut end = 0;
    let ends: Vec<String> = ids
        .iter()
        .map(|id| {
            end += id.len();
            end.to_string()
        })
        .collect();
    let include = |file: &str| format!("include_str!(concat!(env!(\"OUT_DIR\"), \"/{file}\"))");
    let mut line = |text: String| {
        code.push_str(&text);
        code.push('\n');
    };
    line(format!("static ID_TEXT: &str = {id_text:?};"));
    line(format!(
        "static ID_ENDS: [u32; {}] = [{}];",
        ids.len(),
        ends.join(",")
    ));
    line(format!(
        "static ATTRIBUTE_NAMES: [&str; {}] = {names:?};",
        names.len()
    ));
    line(format!(
        "static PLAIN_TEXT: &str = {};",
        include("plain.txt")
    ));
    line(format!(
        "static MESSAGES: [Message; {}] = [{}];",
        messages.len(),
        messages.join(",")
    ));
    line(format!(
        "static ATTRIBUTES: [Attribute; {}] = [{}];",
        attributes.len(),
        attributes.join(",")
    ));
    line(format!(
        "pub static LOCALES: [CompiledLocale; {}] = [",
        locales.len()
    ));
    for (position, (tag, locale)) in locales.iter().enumerate() {
        let dynamic = format!("dynamic-{tag}.ftl");
        fs::write(out.join(&dynamic), &locale.dynamic).expect("write a dynamic file");
        line(format!(
            "    CompiledLocale {{ tag: {tag:?}, position: {position}, syntax_errors: {}, dynamic: {} }},",
            locale.syntax_errors,
            include(&dynamic)
        ));
    }
    line("];".to_owned());
    code
}
