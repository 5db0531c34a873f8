//! The set of content files (checklists, shared items, translations), read either from the
//! copy embedded in the binary or from a directory a digipunt maintains itself.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Content files by path relative to the content root (`assets/...`, `locales/...`),
/// always with forward slashes so that messages look the same everywhere.
#[derive(Debug, Clone, Default)]
pub struct ContentFiles {
    /// Embedded texts are borrowed from the binary, not copied.
    files: BTreeMap<String, Cow<'static, str>>,
}

impl ContentFiles {
    pub fn embedded() -> Self {
        let files = embedded::FILES
            .iter()
            .map(|(p, t)| ((*p).to_owned(), Cow::Borrowed(*t)));
        Self {
            files: files.collect(),
        }
    }

    /// Reads `assets/` and `locales/` under `root`.
    pub fn from_dir(root: &Path) -> io::Result<Self> {
        let mut files = BTreeMap::new();
        for top in ["assets", "locales"] {
            let dir = root.join(top);
            if !dir.is_dir() {
                return Err(io::Error::new(
                    io::ErrorKind::NotFound,
                    format!("{} has no {top}/ folder", root.display()),
                ));
            }
            read_tree(root, &dir, &mut files)?;
        }
        Ok(Self { files })
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(|t| t.as_ref())
    }

    /// The file's text when it is the binary's own (borrowed for the program's life).
    pub fn embedded_text(&self, path: &str) -> Option<&'static str> {
        match self.files.get(path)? {
            Cow::Borrowed(text) => Some(text),
            Cow::Owned(_) => None,
        }
    }

    pub fn insert(&mut self, path: impl Into<String>, text: impl Into<String>) {
        self.files.insert(path.into(), Cow::Owned(text.into()));
    }

    pub fn remove(&mut self, path: &str) -> Option<String> {
        self.files.remove(path).map(Cow::into_owned)
    }

    /// Files directly or indirectly under `prefix` (e.g. `locales/ar/`), in path order.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.files
            .range(prefix.to_owned()..)
            .take_while(move |(p, _)| p.starts_with(prefix))
            .map(|(p, t)| (p.as_str(), t.as_ref()))
    }
}

fn read_tree(
    root: &Path,
    dir: &Path,
    files: &mut BTreeMap<String, Cow<'static, str>>,
) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            read_tree(root, &path, files)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "ftl")
        ) {
            let text = fs::read_to_string(&path)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            let relative = path.strip_prefix(root).unwrap_or(&path);
            files.insert(
                relative.to_string_lossy().replace('\\', "/"),
                Cow::Owned(text),
            );
        }
    }
    Ok(())
}
