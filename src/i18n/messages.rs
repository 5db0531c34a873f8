//! An index of the messages in a locale's Fluent files: where each is, which attributes
//! it has and which variables each part uses. Validation compares translations with the
//! source through it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_syntax::ast;

#[derive(Debug, Clone, Default)]
pub struct MessageInfo {
    /// Shared by every message of the file.
    pub file: Arc<str>,
    pub line: usize,
    pub has_value: bool,
    /// Variables used by the value (key `None`) and by each attribute.
    pub parts: Parts,
    /// The plural categories offered by each select on a number, per part.
    pub plural_selects: Vec<(Option<String>, BTreeSet<String>)>,
}

impl MessageInfo {
    pub fn has_attribute(&self, name: &str) -> bool {
        self.parts.keys().any(|k| k.as_deref() == Some(name))
    }

    pub fn attributes(&self) -> impl Iterator<Item = &str> {
        self.parts.keys().filter_map(|k| k.as_deref())
    }
}

/// The parts of one message (value, attributes) with their variables, in order. A list,
/// not a map: almost every message has one or two parts and no variable, and a B-tree
/// node per message (about 550 bytes) made the index of fifteen locales 5 MB.
#[derive(Debug, Clone, Default)]
pub struct Parts(Vec<(Option<String>, BTreeSet<String>)>);

impl Parts {
    pub fn insert(&mut self, part: Option<String>, variables: BTreeSet<String>) {
        match self.0.iter_mut().find(|(p, _)| *p == part) {
            Some(existing) => existing.1 = variables,
            None => self.0.push((part, variables)),
        }
    }

    pub fn get(&self, part: &Option<String>) -> Option<&BTreeSet<String>> {
        self.0.iter().find(|(p, _)| p == part).map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Option<String>, &BTreeSet<String>)> {
        self.0.iter().map(|(p, v)| (p, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Option<String>> {
        self.0.iter().map(|(p, _)| p)
    }

    pub fn values(&self) -> impl Iterator<Item = &BTreeSet<String>> {
        self.0.iter().map(|(_, v)| v)
    }
}

pub type MessageIndex = BTreeMap<String, MessageInfo>;

/// Adds the messages of one parsed file to `index`; returns ids defined twice.
pub fn index_file<'r>(
    index: &mut MessageIndex,
    file: &str,
    text: &str,
    entries: impl Iterator<Item = &'r ast::Entry<&'r str>>,
) -> Vec<(String, usize)> {
    let mut duplicates = Vec::new();
    let file: Arc<str> = Arc::from(file);
    // Every `id =` line of the file, in order. Entries come in the same order, so one
    // walk pairs each message with its line.
    let definitions: Vec<(&str, usize)> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with([' ', '#', '.', '[', '*', '}', '-']))
        .filter_map(|(number, line)| {
            let id = line.split_once('=')?.0.trim_end();
            (!id.is_empty()).then_some((id, number + 1))
        })
        .collect();
    let mut next_definition = 0;
    for entry in entries {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_owned();
        let line = match definitions[next_definition..]
            .iter()
            .position(|(defined, _)| *defined == id)
        {
            Some(offset) => {
                next_definition += offset + 1;
                definitions[next_definition - 1].1
            }
            None => 0,
        };
        let mut info = MessageInfo {
            file: Arc::clone(&file),
            line,
            parts: Parts(Vec::with_capacity(
                usize::from(message.value.is_some()) + message.attributes.len(),
            )),
            ..MessageInfo::default()
        };
        if let Some(value) = &message.value {
            info.has_value = true;
            info.parts.insert(None, variables(value));
            for keys in plural_selects(value) {
                info.plural_selects.push((None, keys));
            }
        }
        for attribute in &message.attributes {
            for keys in plural_selects(&attribute.value) {
                info.plural_selects
                    .push((Some(attribute.id.name.to_owned()), keys));
            }
            info.parts.insert(
                Some(attribute.id.name.to_owned()),
                variables(&attribute.value),
            );
        }
        match index.entry(id) {
            std::collections::btree_map::Entry::Occupied(existing) => {
                duplicates.push((existing.key().clone(), line))
            }
            std::collections::btree_map::Entry::Vacant(slot) => {
                slot.insert(info);
            }
        }
    }
    duplicates
}

/// CLDR plural category names.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The variant keys of every select in `pattern` that picks by plural category.
fn plural_selects(pattern: &ast::Pattern<&str>) -> Vec<BTreeSet<String>> {
    let mut found = Vec::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { variants, .. },
        } = element
        {
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some((*name).to_owned()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if keys
                .iter()
                .any(|k| PLURAL_CATEGORIES.contains(&k.as_str()) && k != "other")
            {
                found.push(keys);
            }
            for variant in variants {
                found.extend(plural_selects(&variant.value));
            }
        }
    }
    found
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut found);
        }
    }
    found
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, found),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                found.extend(variables(&variant.value));
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
            for named in &arguments.named {
                inline_variables(&named.value, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}
