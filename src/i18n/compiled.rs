//! The embedded locales, compiled by the build script: each plain message is a place in
//! the binary's embedded text, found by number, so the kiosk neither parses nor copies
//! it. Only the messages with placeables are left for Fluent to parse at start.
//!
//! The tables hold numbers, not references: a table of references would need the loader
//! to relocate every entry at start, making those pages private memory. What a lookup
//! reads is laid out by locale, then message (see the build script), so the pages the
//! kiosk touches are few: the kernel maps a file's pages in blocks of 64 KiB around
//! each one read, and all of them count as the process's memory.

/// A text in `PLAIN_TEXT`: byte offset, length.
#[derive(Debug, Clone, Copy)]
struct Place {
    start: u32,
    len: u32,
}

#[derive(Debug, Clone, Copy)]
struct Message {
    plain: bool,
    value: Option<Place>,
    first_attribute: u32,
    attributes: u16,
}

#[derive(Debug, Clone, Copy)]
struct Attribute {
    name: u16,
    text: Place,
}

/// One embedded locale: its place in the tables, and what Fluent must still parse.
pub struct CompiledLocale {
    pub tag: &'static str,
    position: usize,
    /// Fluent syntax errors the build found; the kiosk then loads the content the slow
    /// way, which says where they are.
    pub syntax_errors: usize,
    /// The messages with placeables, and terms, as Fluent source.
    pub dynamic: &'static str,
}

// For a message one locale has as plain text and another lacks or leaves to Fluent.
#[allow(dead_code)]
const ABSENT: Message = Message {
    plain: false,
    value: None,
    first_attribute: 0,
    attributes: 0,
};

const fn p(start: u32, len: u32) -> Place {
    Place { start, len }
}

const fn m(value: Option<Place>, first_attribute: u32, attributes: u16) -> Message {
    Message {
        plain: true,
        value,
        first_attribute,
        attributes,
    }
}

const fn a(name: u16, text: Place) -> Attribute {
    Attribute { name, text }
}

include!(concat!(env!("OUT_DIR"), "/compiled.rs"));

/// The number of a message id in the tables, if any embedded locale has it as plain text.
pub fn id_number(id: &str) -> Option<usize> {
    let end = |number: usize| ID_ENDS.get(number).map_or(0, |&end| end as usize);
    let id_at = |number: usize| -> &'static str {
        let start = number.checked_sub(1).map_or(0, end);
        ID_TEXT.get(start..end(number)).unwrap_or("")
    };
    let (mut low, mut high) = (0, ID_ENDS.len());
    while low < high {
        let middle = low + (high - low) / 2;
        match id_at(middle).cmp(id) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => return Some(middle),
        }
    }
    None
}

pub fn locale(tag: &str) -> Option<&'static CompiledLocale> {
    LOCALES.iter().find(|l| l.tag == tag)
}

impl CompiledLocale {
    /// The plain text of a message's value or attribute: `None` when this locale does not
    /// have it as plain text (absent, or left to Fluent).
    pub fn text(&self, number: Option<usize>, attribute: Option<&str>) -> Option<&'static str> {
        let message = self.message(number?)?;
        if !message.plain {
            return None;
        }
        let place = match attribute {
            None => message.value?,
            Some(name) => {
                let first = message.first_attribute as usize;
                let own = ATTRIBUTES.get(first..first + usize::from(message.attributes))?;
                own.iter()
                    .find(|a| ATTRIBUTE_NAMES.get(usize::from(a.name)) == Some(&name))?
                    .text
            }
        };
        let start = place.start as usize;
        PLAIN_TEXT.get(start..start + place.len as usize)
    }

    fn message(&self, number: usize) -> Option<&'static Message> {
        MESSAGES.get(self.position * ID_ENDS.len() + number)
    }

    /// How many messages are plain text here, for tests that compare with the loader.
    #[cfg(test)]
    pub fn plain_count(&self) -> usize {
        (0..ID_ENDS.len())
            .filter_map(|number| self.message(number))
            .filter(|m| m.plain)
            .count()
    }
}
