//! Crosswalk files given on the command line (`--crosswalk FILE` of
//! `migrate` and `report --rounds`): each read and checked as `validate
//! --crosswalk` checks it, an invalid one refused with its located findings
//! (worded in `--lang`), then put before the bundled crosswalks so that a
//! given one replaces a bundled one between the same sets.

use crate::failure::Failure;
use crate::located::diagnostic_line;
use crate::terminal::escape;
use napcheck_core::crosswalk::{self, Crosswalk};
use napcheck_core::{Catalogue, Lang, Severity};
use std::path::PathBuf;

/// The `--crosswalk` files, each checked, then the bundled crosswalks; an
/// invalid or unreadable file stops the command with its located findings.
pub(crate) fn load(
    paths: &[PathBuf],
    catalogue: &Catalogue,
    lang: Lang,
) -> Result<Vec<Crosswalk>, Failure> {
    let mut out = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        let name = escape(&shown);
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure(format!("{} {name}: {e}", cannot_read(lang))))?;
        let (diagnostics, crosswalk) =
            napcheck_cli::check::crosswalk::check(&text, catalogue, lang);
        match crosswalk {
            Some(crosswalk) => out.push(crosswalk),
            None => {
                let lines: Vec<String> = diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .map(|d| format!("  {}", diagnostic_line(&name, d, lang)))
                    .collect();
                return Err(Failure(format!(
                    "{}\n{}",
                    invalid(lang, &name),
                    lines.join("\n")
                )));
            }
        }
    }
    // Given crosswalks come first, so that one can replace a bundled one.
    out.extend(crosswalk::bundled().iter().cloned());
    Ok(out)
}

/// "cannot read the crosswalk" in `lang`.
fn cannot_read(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "keçid cədvəli oxuna bilmir:",
        Lang::En => "cannot read the crosswalk",
        Lang::Ru => "не удаётся прочитать таблицу соответствия",
    }
}

/// "the crosswalk NAME is invalid:" in `lang`.
fn invalid(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Az => format!("{name} keçid cədvəli yanlışdır:"),
        Lang::En => format!("the crosswalk {name} is invalid:"),
        Lang::Ru => format!("таблица соответствия {name} неверна:"),
    }
}
