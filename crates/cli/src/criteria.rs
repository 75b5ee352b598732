//! `napcheck criteria list|show|export`: the bundled criteria sets, for
//! people writing or reviewing assessments.

use crate::args::{CriteriaCommand, SimpleFormat};
use crate::failure::Failure;
use napcheck_core::criteria::language_slice;
use napcheck_core::{Catalogue, CriteriaSet, Lang, Problem};
use serde_json::json;
use std::io::Write;
use std::process::ExitCode;
use words::{counts, fill, word, Word};

mod words;

/// Runs a `criteria` subcommand.
pub(crate) fn run(command: &CriteriaCommand) -> Result<ExitCode, Failure> {
    let catalogue = Catalogue::bundled();
    let mut out = std::io::stdout().lock();
    match command {
        CriteriaCommand::List { format, lang } => {
            let lang = Lang::from(*lang);
            match format {
                SimpleFormat::Json => {
                    let sets: Vec<_> = catalogue
                        .sets()
                        .iter()
                        .map(|s| {
                            json!({
                                "id": s.id,
                                "version": s.version.to_string(),
                                "title": s.title.get(lang),
                                "commitments": s.commitments.len(),
                                "criteria": s.criteria.len(),
                            })
                        })
                        .collect();
                    serde_json::to_writer_pretty(&mut out, &sets)?;
                    writeln!(out)?;
                }
                SimpleFormat::Human => {
                    for s in catalogue.sets() {
                        writeln!(
                            out,
                            "{} {}  {} {}",
                            s.id,
                            s.version,
                            s.title.get(lang),
                            counts(lang, s.commitments.len(), s.criteria.len())
                        )?;
                    }
                }
            }
        }
        CriteriaCommand::Show { id, format, lang } => {
            let set = find(catalogue, id, Lang::from(*lang))?;
            match format {
                SimpleFormat::Json => serde_json::to_writer_pretty(&mut out, set)?,
                SimpleFormat::Human => show(&mut out, set, Lang::from(*lang))?,
            }
            writeln!(out)?;
        }
        CriteriaCommand::Export { id, lang: None } => {
            serde_json::to_writer_pretty(&mut out, find(catalogue, id, Lang::En)?)?;
            writeln!(out)?;
        }
        CriteriaCommand::Export {
            id,
            lang: Some(lang),
        } => {
            let lang = Lang::from(*lang);
            let slice = language_slice(find(catalogue, id, lang)?, lang);
            serde_json::to_writer(&mut out, &slice)?;
            writeln!(out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn find<'a>(catalogue: &'a Catalogue, id: &str, lang: Lang) -> Result<&'a CriteriaSet, Failure> {
    catalogue.set(id).ok_or_else(|| {
        Failure(
            Problem::UnknownCriteriaSet {
                id: id.to_owned(),
                known: catalogue.sets().iter().map(|s| s.id.clone()).collect(),
            }
            .message(lang),
        )
    })
}

fn show(out: &mut impl Write, set: &CriteriaSet, lang: Lang) -> std::io::Result<()> {
    writeln!(out, "{} {}: {}", set.id, set.version, set.title.get(lang))?;
    let (start, end) = (set.source.period.start, set.source.period.end);
    let period = fill(
        word(lang, Word::Period),
        &[&start.to_string(), &end.to_string()],
    );
    writeln!(out, "{period}")?;
    for commitment in &set.commitments {
        writeln!(out, "\n{}  {}", commitment.id, commitment.title.get(lang))?;
        for c in set
            .criteria
            .iter()
            .filter(|c| c.commitment == commitment.id)
        {
            let kinds: Vec<String> = c.applies_to.kinds.iter().map(|k| k.to_string()).collect();
            let mut parts = Vec::new();
            if !kinds.is_empty() {
                parts.push(kinds.join(", "));
            }
            if !c.applies_to.bodies.is_empty() {
                parts.push(format!(
                    "{} {}",
                    word(lang, Word::Bodies),
                    c.applies_to.bodies.join(", ")
                ));
            }
            let applies = parts.join("; ");
            writeln!(
                out,
                "  {}  [{}] {}\n      {}\n      {} {applies}",
                c.id,
                c.observation.type_name(),
                c.title.get(lang),
                c.question.get(lang),
                word(lang, Word::AppliesTo),
            )?;
            let options = c.observation.options();
            if !options.is_empty() {
                let ids: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
                writeln!(
                    out,
                    "      {} {}",
                    word(lang, Word::Options),
                    ids.join(", ")
                )?;
            }
        }
    }
    Ok(())
}
