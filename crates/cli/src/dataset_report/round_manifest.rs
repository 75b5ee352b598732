//! A round's manifest in the report: the `round.json` files among a
//! round's inputs are taken out (a manifest is never an assessment, so
//! never an invalid file), read and checked as `validate` checks them
//! (`check::round`). An invalid or unreadable manifest stops the report
//! with its located findings in the user's language: its comment period
//! decides whether the report is provisional or final, so it is never
//! skipped. A round's manifest is the one among its inputs (normally at
//! the root of its folder); several must give the same comment period.
//! Precedence: `--comment-period` replaces the manifest's period of the
//! round bodies reply to (the report's one round; with `--rounds`, the
//! newest), and older rounds keep their own.

use super::section_words::{manifest_invalid, manifest_unreadable, manifests_disagree};
use crate::failure::Failure;
use crate::input::paths::Input;
use crate::input::read;
use crate::located::diagnostic_line;
use crate::terminal::escape;
use napcheck_core::round::RoundManifest;
use napcheck_core::{Lang, Severity};
use std::io::Write;

/// A manifest read and checked, with the name of its file.
pub(crate) struct Manifest {
    /// The input's name (its path as given).
    pub(crate) name: String,
    /// What it says.
    pub(crate) manifest: RoundManifest,
}

/// Splits `inputs` into the round's other inputs and its manifests, each
/// read and checked. The first invalid or unreadable manifest ends the
/// report: its findings are written to `err`, each at its line, column
/// and JSON pointer, and the failure says which file.
pub(crate) fn take(
    inputs: Vec<Input>,
    lang: Lang,
    err: &mut impl Write,
) -> Result<(Vec<Input>, Vec<Manifest>), Failure> {
    let (manifests, others): (Vec<Input>, Vec<Input>) = inputs.into_iter().partition(|input| {
        matches!(input, Input::File(_)) && napcheck_cli::check::round::is_manifest(&input.name())
    });
    let mut read_ = Vec::with_capacity(manifests.len());
    for input in manifests {
        let name = input.name();
        let shown = escape(&name);
        let text = match read::read(&input, read::DEFAULT_MAX_SIZE, lang) {
            read::Read::Text(text) => text,
            read::Read::Refused(diagnostic) => {
                located(err, &shown, std::slice::from_ref(&diagnostic), lang)?;
                return Err(Failure(manifest_invalid(lang, &shown)));
            }
            read::Read::Unreadable(reason) => {
                return Err(Failure(manifest_unreadable(
                    lang,
                    &shown,
                    &escape(&reason.text(lang)),
                )))
            }
        };
        let checked = napcheck_cli::check::round::check(&text, lang);
        let errors = checked
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error);
        match checked.manifest {
            Some(manifest) if !errors => read_.push(Manifest { name, manifest }),
            _ => {
                located(err, &shown, &checked.diagnostics, lang)?;
                return Err(Failure(manifest_invalid(lang, &shown)));
            }
        }
    }
    Ok((others, read_))
}

/// Writes each error of a manifest, located ([`diagnostic_line`]).
fn located(
    err: &mut impl Write,
    name: &str,
    diagnostics: &[napcheck_cli::check::outcome::Diagnostic],
    lang: Lang,
) -> Result<(), Failure> {
    for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
        writeln!(err, "{}", diagnostic_line(name, d, lang))?;
    }
    Ok(())
}

/// The round's manifest among `manifests`: none, one, or the first of
/// several that give the same comment period. Several that differ are an
/// error unless the period is `overridden` by `--comment-period`.
pub(crate) fn of_round(
    manifests: &[Manifest],
    overridden: bool,
    lang: Lang,
) -> Result<Option<&RoundManifest>, Failure> {
    let Some(first) = manifests.first() else {
        return Ok(None);
    };
    if !overridden {
        let period = first.manifest.comment_period;
        if let Some(other) = manifests
            .iter()
            .find(|m| m.manifest.comment_period != period)
        {
            return Err(Failure(manifests_disagree(
                lang,
                (&escape(&first.name), period.as_ref()),
                (&escape(&other.name), other.manifest.comment_period.as_ref()),
            )));
        }
    }
    Ok(Some(&first.manifest))
}
