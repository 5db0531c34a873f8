//! Which Fluent messages are plain text, and what that text is. The build script compiles
//! the embedded locales with this same module (`#[path]`) and the same parser as
//! `FluentResource`, so the kiosk's compiled tables and a content folder read at start
//! agree on every message.

use std::collections::BTreeSet;

use fluent_syntax::ast;

/// The text of a pattern without placeables: a slice of the source when Fluent reads it
/// as one piece, else the pieces joined as Fluent joins them (a value over several lines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlainText<'s> {
    Slice(&'s str),
    Joined(String),
}

impl PlainText<'_> {
    pub fn as_str(&self) -> &str {
        match self {
            PlainText::Slice(text) => text,
            PlainText::Joined(text) => text,
        }
    }
}

/// A message Fluent would format to fixed text, whatever the arguments.
#[derive(Debug, Clone)]
pub struct PlainMessage<'s> {
    pub id: &'s str,
    pub value: Option<PlainText<'s>>,
    pub attributes: Vec<(&'s str, PlainText<'s>)>,
}

/// Splits entries into plain messages and the rest (messages with placeables, terms),
/// which only Fluent can format. Comments and junk are dropped, and so is a message whose
/// id `defined` already holds (Fluent keeps the first definition; validation reports the
/// second). `defined` gains the ids of this resource.
pub fn split<'s>(
    entries: impl Iterator<Item = &'s ast::Entry<&'s str>>,
    defined: &mut BTreeSet<String>,
) -> (Vec<PlainMessage<'s>>, Vec<ast::Entry<&'s str>>) {
    let mut plain = Vec::new();
    let mut rest = Vec::new();
    for entry in entries {
        match entry {
            ast::Entry::Message(message) => {
                if !defined.insert(message.id.name.to_owned()) {
                    continue;
                }
                match plain_message(message) {
                    Some(found) => plain.push(found),
                    // Without its comment: the kiosk parses this at every start.
                    None => rest.push(ast::Entry::Message(ast::Message {
                        comment: None,
                        ..message.clone()
                    })),
                }
            }
            ast::Entry::Term(term) => rest.push(ast::Entry::Term(ast::Term {
                comment: None,
                ..term.clone()
            })),
            _ => {}
        }
    }
    (plain, rest)
}

fn plain_message<'s>(message: &ast::Message<&'s str>) -> Option<PlainMessage<'s>> {
    let value = match &message.value {
        Some(pattern) => Some(plain_text(pattern)?),
        None => None,
    };
    let attributes = message
        .attributes
        .iter()
        .map(|a| Some((a.id.name, plain_text(&a.value)?)))
        .collect::<Option<Vec<_>>>()?;
    Some(PlainMessage {
        id: message.id.name,
        value,
        attributes,
    })
}

fn plain_text<'s>(pattern: &ast::Pattern<&'s str>) -> Option<PlainText<'s>> {
    match pattern.elements.as_slice() {
        [ast::PatternElement::TextElement { value }] => Some(PlainText::Slice(value)),
        elements => {
            let mut joined = String::new();
            for element in elements {
                match element {
                    ast::PatternElement::TextElement { value } => joined.push_str(value),
                    ast::PatternElement::Placeable { .. } => return None,
                }
            }
            Some(PlainText::Joined(joined))
        }
    }
}
