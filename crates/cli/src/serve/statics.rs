//! What may be served from `--dist`, decided before the file server sees
//! the path: only the built widget. A path is refused with 404 when a
//! segment (percent-decoded) is empty (`//catalogue` would otherwise be
//! redirected to `//catalogue/`, which a browser reads as another host),
//! starts with a dot (`.env`, `.git/config`, `..`), is longer than a file
//! name can be (255 bytes; the file system's "name too long" was a 500), or
//! holds a NUL or backslash; and when the file, its directory index or a
//! precompressed variant resolves (symbolic links followed) outside
//! `--dist`. Start-up refuses a `--collect` directory inside `--dist`, which
//! would publish every stored submission.

use super::problem::status_only;
use super::startup_words::{text as startup, Startup};
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use percent_encoding::percent_decode_str;
use std::path::{Path, PathBuf};

/// The longest path segment served (a file name's limit on Linux).
pub(crate) const MAX_SEGMENT: usize = 255;
/// The longest path served.
pub(crate) const MAX_PATH: usize = 1024;

/// The served directory, resolved once at start-up.
#[derive(Debug, Clone)]
pub(crate) struct Dist {
    root: PathBuf,
}

impl Dist {
    /// `dir`, resolved (it must exist).
    pub(crate) fn new(dir: &Path) -> std::io::Result<Dist> {
        Ok(Dist {
            root: dir.canonicalize()?,
        })
    }

    /// The resolved directory.
    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    /// Whether the URL path `path` may be handed to the file server.
    pub(crate) fn allows(&self, path: &str) -> bool {
        if path.len() > MAX_PATH {
            return false;
        }
        let Some(rest) = path.strip_prefix('/') else {
            return false;
        };
        let mut file = self.root.clone();
        if !rest.is_empty() {
            // A directory's trailing slash is the one empty segment allowed.
            let rest = rest.strip_suffix('/').unwrap_or(rest);
            for raw in rest.split('/') {
                let Ok(segment) = percent_decode_str(raw).decode_utf8() else {
                    return false;
                };
                if segment.is_empty()
                    || segment.starts_with('.')
                    || segment.len() > MAX_SEGMENT
                    || segment.contains(['\0', '\\', '/'])
                {
                    return false;
                }
                file.push(segment.as_ref());
            }
        }
        self.stays_inside(&file)
    }

    /// Whether `file`, its index and its precompressed variants (those that
    /// exist) resolve inside the root.
    fn stays_inside(&self, file: &Path) -> bool {
        let index = file.join("index.html");
        // The root's own variants (`dist.br`) lie beside it and are never served.
        let served: Vec<&Path> = if file == self.root {
            vec![&index]
        } else {
            vec![file, &index]
        };
        let mut candidates = vec![file.to_owned()];
        for path in served {
            candidates.push(path.to_owned());
            for suffix in [".br", ".gz"] {
                let mut variant = path.as_os_str().to_owned();
                variant.push(suffix);
                candidates.push(PathBuf::from(variant));
            }
        }
        candidates.iter().all(|candidate| {
            match candidate.canonicalize() {
                Ok(real) => real.starts_with(&self.root),
                // Missing: the file server answers 404. A link to nothing
                // or a loop is refused here, as is a name too long.
                Err(_) => std::fs::symlink_metadata(candidate).is_err(),
            }
        })
    }
}

/// The guard in front of the file server.
pub(crate) async fn guard(
    axum::extract::State(dist): axum::extract::State<Dist>,
    request: Request,
    next: Next,
) -> Response {
    if dist.allows(request.uri().path()) {
        next.run(request).await
    } else {
        status_only(StatusCode::NOT_FOUND)
    }
}

/// Refuses a collect directory inside the served one (checked before the
/// directory is created, so nothing is made inside `--dist`).
pub(crate) fn check_collect(
    dist: &Dist,
    collect: &Path,
    lang: napcheck_core::Lang,
) -> Result<(), String> {
    let collect = resolve_planned(collect)
        .map_err(|e| startup(lang, &Startup::CannotResolve(&collect.display(), &e)))?;
    if collect.starts_with(dist.root()) {
        return Err(startup(
            lang,
            &Startup::CollectInsideDist(&collect.display(), &dist.root().display()),
        ));
    }
    Ok(())
}

/// Refuses a reviewers file inside `--dist` (it would be served to anyone)
/// or inside `--collect` (it would be published with the dataset).
pub(crate) fn check_reviewers(
    dist: &Dist,
    collect: &Path,
    file: &Path,
    lang: napcheck_core::Lang,
) -> Result<(), String> {
    let resolve = |p: &Path| {
        resolve_planned(p).map_err(|e| startup(lang, &Startup::CannotResolve(&p.display(), &e)))
    };
    let (file_at, collect_at) = (resolve(file)?, resolve(collect)?);
    if file_at.starts_with(dist.root()) || file_at.starts_with(&collect_at) {
        use crate::review::words::{fill, msg, Msg};
        return Err(fill(
            msg(lang, Msg::ReviewersInside),
            &[&file.display().to_string()],
        ));
    }
    Ok(())
}

/// `path` resolved through its deepest existing ancestor (it may not exist
/// yet), links followed.
fn resolve_planned(path: &Path) -> std::io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        let (Some(parent), Some(name)) = (existing.parent(), existing.file_name()) else {
            break;
        };
        rest.push(name.to_owned());
        existing = parent;
    }
    let mut resolved = existing.canonicalize()?;
    resolved.extend(rest.iter().rev());
    Ok(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_names_inside_the_root_are_allowed() {
        let dir = tempfile::tempdir().expect("dir");
        let root = dir.path().join("dist");
        std::fs::create_dir_all(root.join("catalogue")).expect("dirs");
        std::fs::write(root.join("index.html"), "x").expect("index");
        std::fs::write(root.join("app.js"), "x").expect("app");
        std::fs::write(dir.path().join("secret.txt"), "s").expect("secret");
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("passwd.txt"))
            .expect("link out");
        std::os::unix::fs::symlink(root.join("app.js"), root.join("alias.js")).expect("link in");
        std::os::unix::fs::symlink(dir.path(), root.join("up")).expect("dir link out");
        let dist = Dist::new(&root).expect("dist");
        // A file beside the root named like its variant does not matter.
        std::fs::write(dir.path().join("dist.br"), "x").expect("beside");
        for path in [
            "/",
            "/index.html",
            "/app.js",
            "/alias.js",
            "/catalogue",
            "/catalogue/",
            "/missing.js",
            "/caf%C3%A9.js",
        ] {
            assert!(dist.allows(path), "{path}");
        }
        let long = format!("/{}", "a".repeat(256));
        for path in [
            "//catalogue",
            "/catalogue//x",
            "/.env",
            "/.git/config",
            "/%2egit/config",
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/passwd.txt",
            "/up/secret.txt",
            "/a%00b",
            "/a%5cb",
            "/a%2fb",
            "/%ff",
            long.as_str(),
        ] {
            assert!(!dist.allows(path), "{path}");
        }
        assert!(check_collect(&dist, &root.join("catalogue"), napcheck_core::Lang::En).is_err());
        assert!(check_collect(&dist, &root.join("not/yet/made"), napcheck_core::Lang::En).is_err());
        // Through a link that points into --dist, a directory not made yet.
        std::os::unix::fs::symlink(&root, dir.path().join("into")).expect("link into");
        assert!(check_collect(
            &dist,
            &dir.path().join("into/submissions"),
            napcheck_core::Lang::En
        )
        .is_err());
        assert!(check_collect(&dist, dir.path(), napcheck_core::Lang::En).is_ok());
        assert!(check_collect(
            &dist,
            &dir.path().join("new/collect"),
            napcheck_core::Lang::En
        )
        .is_ok());
    }
}
