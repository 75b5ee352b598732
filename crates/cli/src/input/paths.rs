//! From the PATH arguments to the sorted list of inputs: files as given,
//! directories walked for `*.json` (and `*.jsonl` with `--jsonl`) honouring
//! `.gitignore` and hidden-file rules, globs matched during a walk of their
//! literal base directory, and `-` for standard input. A path that does not
//! exist, a glob that matches nothing, and a `*.json` entry of a
//! walk that is not a readable file (a broken or looping symbolic link, a
//! FIFO, a socket) are inputs that cannot be read (exit code 2), never
//! silently skipped; so is a directory the walk cannot enter, reported at
//! its own path and not counted as a file. A symbolic link to a file is
//! read; links to directories are not followed, so a walk cannot loop.
//! The directories searched are kept, so that a run that found nothing
//! can say where it looked.

use super::words::Unreadable;
use globset::GlobBuilder;
use std::path::{Path, PathBuf};

/// One input to check.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Input {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
    /// An argument that names nothing readable, with the reason.
    Missing {
        /// The argument.
        name: String,
        /// Why.
        reason: Unreadable,
    },
    /// A directory (or ignore file) that a walk could not read: not a file.
    Unwalkable {
        /// Its path.
        name: String,
        /// Why.
        reason: Unreadable,
    },
}

impl Input {
    /// The name shown for the input.
    pub(crate) fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_owned(),
            Input::File(path) => display(path),
            Input::Missing { name, .. } | Input::Unwalkable { name, .. } => name.clone(),
        }
    }

    /// Whether the name ends with `.jsonl`: such a file is read as JSON
    /// Lines whatever the options, so a hook can pass it as it is.
    pub(crate) fn is_jsonl_by_name(&self) -> bool {
        matches!(self, Input::File(path) if path.extension().is_some_and(|e| e == "jsonl"))
    }
}

/// The inputs of a run and the directories searched for them.
#[derive(Debug, Default)]
pub(crate) struct Expanded {
    /// The inputs, sorted and deduplicated.
    pub(crate) inputs: Vec<Input>,
    /// The directories walked (as given, with a trailing `/`), for the
    /// message of a run that found nothing.
    pub(crate) searched: Vec<String>,
}

/// A path as shown: without a leading `./`, with `/` separators.
fn display(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    match text.strip_prefix("./") {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

/// Expands the arguments (the current directory when there are none) into
/// inputs, deduplicated and sorted: standard input first, then by path.
pub(crate) fn expand(args: &[String], jsonl: bool) -> Expanded {
    let default = [".".to_owned()];
    let args = if args.is_empty() { &default[..] } else { args };
    let mut out = Vec::new();
    let mut searched = Vec::new();
    for arg in args {
        let path = Path::new(arg);
        if arg == "-" {
            out.push(Input::Stdin);
        } else if path.is_dir() {
            searched.push(format!("{}/", arg.trim_end_matches('/')));
            walk(path, |p| wanted(p, jsonl), &mut out);
        } else if path.exists() || !is_glob(arg) {
            out.push(Input::File(path.to_owned()));
        } else {
            glob(arg, &mut out);
        }
    }
    // A walk yields its files already in path order, so for the common
    // case of one directory the check is all the sorting there is.
    if !out.is_sorted() {
        out.sort();
    }
    out.dedup();
    Expanded {
        inputs: out,
        searched,
    }
}

fn wanted(path: &Path, jsonl: bool) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        Some("json") => true,
        Some("jsonl") => jsonl,
        _ => false,
    }
}

fn is_glob(arg: &str) -> bool {
    arg.contains(['*', '?', '[', '{'])
}

/// Walks `dir` honouring ignore files; keeps files for which `keep` holds.
fn walk(dir: &Path, keep: impl Fn(&Path) -> bool, out: &mut Vec<Input>) {
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        // By name within each directory. Siblings' paths are their
        // directory's path joined with their names: after that common
        // prefix, comparing the whole paths (as `OsStr`, byte by byte)
        // compares the names, without walkdir working each name out of its
        // path again at every comparison (half the walk's instructions on
        // a folder of 1,000 files).
        .sort_by_file_path(|a, b| a.as_os_str().cmp(b.as_os_str()))
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let Some(kind) = entry.file_type() else {
                    continue;
                };
                if kind.is_dir() || !keep(entry.path()) {
                    continue;
                }
                if let Some(input) = entry_input(entry.path(), kind.is_file()) {
                    out.push(input);
                }
            }
            Err(error) => {
                let (path, reason) = walk_error(&error, dir);
                out.push(Input::Unwalkable {
                    name: display(&path),
                    reason,
                });
            }
        }
    }
}

/// The path a walk error is about (the walked directory when the error
/// names none) and its reason, without the path repeated in it.
fn walk_error(error: &ignore::Error, dir: &Path) -> (PathBuf, Unreadable) {
    match error {
        ignore::Error::WithPath { path, err } => (path.clone(), walk_error(err, path).1),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error(err, dir)
        }
        ignore::Error::Partial(errors) if !errors.is_empty() => walk_error(&errors[0], dir),
        ignore::Error::Loop { ancestor, child } => {
            (child.clone(), Unreadable::Loop(display(ancestor)))
        }
        ignore::Error::Io(io) => (dir.to_owned(), Unreadable::from_io(io)),
        other => (dir.to_owned(), Unreadable::Os(other.to_string())),
    }
}

/// The input for a wanted entry of a walk: a file, the file a symbolic link
/// leads to, or why it cannot be read; `None` for a link to a directory.
fn entry_input(path: &Path, is_file: bool) -> Option<Input> {
    if is_file {
        return Some(Input::File(path.to_owned()));
    }
    let missing = |reason: Unreadable| {
        Some(Input::Missing {
            name: display(path),
            reason,
        })
    };
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => Some(Input::File(path.to_owned())),
        Ok(meta) if meta.is_dir() => None,
        Ok(_) => missing(Unreadable::NotRegular),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => missing(Unreadable::DanglingLink),
        Err(e) => missing(Unreadable::Os(e.to_string())),
    }
}

/// Matches a glob against the files under its literal base directory.
fn glob(pattern: &str, out: &mut Vec<Input>) {
    let matcher = match GlobBuilder::new(pattern).literal_separator(true).build() {
        Ok(glob) => glob.compile_matcher(),
        Err(error) => {
            out.push(Input::Missing {
                name: pattern.to_owned(),
                reason: Unreadable::BadPattern(error.kind().to_string()),
            });
            return;
        }
    };
    let base = base_dir(pattern);
    let before = out.len();
    if base.is_dir() {
        walk(
            &base,
            |p| matcher.is_match(p) || matcher.is_match(display(p)),
            out,
        );
    }
    if out.len() == before {
        out.push(Input::Missing {
            name: pattern.to_owned(),
            reason: Unreadable::NoMatch,
        });
    }
}

/// The directories of the pattern before its first wildcard.
fn base_dir(pattern: &str) -> PathBuf {
    let mut base = PathBuf::new();
    let mut components = pattern.split('/').peekable();
    while let Some(part) = components.next() {
        if components.peek().is_none() || is_glob(part) {
            break;
        }
        base.push(if part.is_empty() { "/" } else { part });
    }
    if base.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_dirs_stop_at_the_first_wildcard() {
        assert_eq!(base_dir("data/**/*.json"), PathBuf::from("data"));
        assert_eq!(base_dir("*.json"), PathBuf::from("."));
        assert_eq!(base_dir("a/b/x?.json"), PathBuf::from("a/b"));
    }
}
