//! The set of content files (checklists, shared items, translations), read either from the
//! copy embedded in the binary or from a directory a digipunt maintains itself.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;

mod embedded {
    use super::Embedded;
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// How the build embedded a file.
enum Embedded {
    Text(&'static str),
    /// Fluent files: the kiosk reads its translations from the compiled tables, so only
    /// validation needs their source, and it costs a fifth of the space deflated.
    Deflated(&'static [u8]),
}

impl Embedded {
    fn text(&self, path: &str) -> Cow<'static, str> {
        match self {
            Embedded::Text(text) => Cow::Borrowed(text),
            Embedded::Deflated(bytes) => Cow::Owned(inflate(path, bytes)),
        }
    }
}

/// Content files by path relative to the content root (`assets/...`, `locales/...`),
/// always with forward slashes so that messages look the same everywhere.
#[derive(Debug, Clone, Default)]
pub struct ContentFiles {
    /// Embedded texts are borrowed from the binary, not copied.
    files: BTreeMap<String, Cow<'static, str>>,
}

impl ContentFiles {
    /// Every embedded file, the Fluent sources inflated (about 7 ms).
    pub fn embedded() -> Self {
        let files = embedded::FILES
            .iter()
            .map(|(path, file)| ((*path).to_owned(), file.text(path)));
        Self {
            files: files.collect(),
        }
    }

    /// One embedded file, inflated if need be: validating a folder compares it with a few
    /// built-in files, and inflating them all would cost 1.7 MB at its peak.
    pub fn embedded_file(path: &str) -> Option<Cow<'static, str>> {
        let (_, file) = embedded::FILES.iter().find(|(p, _)| *p == path)?;
        Some(file.text(path))
    }

    /// The embedded structure files only (checklists, shared items, language lists): what
    /// the kiosk needs beside the compiled translations.
    pub fn embedded_structure() -> Self {
        let files = embedded::FILES
            .iter()
            .filter_map(|(path, file)| match file {
                Embedded::Text(text) => Some(((*path).to_owned(), Cow::Borrowed(*text))),
                Embedded::Deflated(_) => None,
            });
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

/// The build deflated the file itself: a failure is a defect of this binary, which shows
/// as validation errors about the file rather than a crash.
fn inflate(path: &str, bytes: &[u8]) -> String {
    use std::io::Read as _;
    let mut text = String::new();
    match flate2::read::DeflateDecoder::new(bytes).read_to_string(&mut text) {
        Ok(_) => text,
        Err(e) => format!("# {path}: the embedded copy is damaged: {e}\n"),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The deflated sources come back byte for byte, and the kiosk's structure-only set is
    /// the same files minus the translations.
    #[test]
    fn embedded_files_are_the_files_of_the_repository() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let embedded = ContentFiles::embedded();
        let on_disk = ContentFiles::from_dir(root).expect("the repository's content");
        assert_eq!(embedded.files, on_disk.files);
        assert!(embedded.files.keys().any(|p| p.ends_with(".ftl")));
        let structure = ContentFiles::embedded_structure();
        let expected: Vec<&String> = embedded
            .files
            .keys()
            .filter(|p| !p.ends_with(".ftl"))
            .collect();
        assert_eq!(structure.files.keys().collect::<Vec<_>>(), expected);
    }
}
