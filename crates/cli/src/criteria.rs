//! `napcheck criteria list|show|export`: the bundled criteria sets, for
//! people writing or reviewing assessments.

use crate::args::{CriteriaCommand, SimpleFormat};
use crate::failure::Failure;
use napcheck_core::criteria::language_slice;
use napcheck_core::{Catalogue, CriteriaSet, Lang};
use serde_json::json;
use std::io::Write;
use std::process::ExitCode;

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
                            "{} {}  {} ({} commitments, {} criteria)",
                            s.id,
                            s.version,
                            s.title.get(lang),
                            s.commitments.len(),
                            s.criteria.len()
                        )?;
                    }
                }
            }
        }
        CriteriaCommand::Show { id, format, lang } => {
            let set = find(catalogue, id)?;
            match format {
                SimpleFormat::Json => serde_json::to_writer_pretty(&mut out, set)?,
                SimpleFormat::Human => show(&mut out, set, Lang::from(*lang))?,
            }
            writeln!(out)?;
        }
        CriteriaCommand::Export { id, lang: None } => {
            serde_json::to_writer_pretty(&mut out, find(catalogue, id)?)?;
            writeln!(out)?;
        }
        CriteriaCommand::Export {
            id,
            lang: Some(lang),
        } => {
            let slice = language_slice(find(catalogue, id)?, Lang::from(*lang));
            serde_json::to_writer(&mut out, &slice)?;
            writeln!(out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn find<'a>(catalogue: &'a Catalogue, id: &str) -> Result<&'a CriteriaSet, Failure> {
    catalogue.set(id).ok_or_else(|| {
        let known: Vec<&str> = catalogue.sets().iter().map(|s| s.id.as_str()).collect();
        Failure(format!(
            "no criteria set `{id}`; known sets: {}",
            known.join(", ")
        ))
    })
}

fn show(out: &mut impl Write, set: &CriteriaSet, lang: Lang) -> std::io::Result<()> {
    writeln!(out, "{} {}: {}", set.id, set.version, set.title.get(lang))?;
    writeln!(
        out,
        "period {} to {}",
        set.source.period.start, set.source.period.end
    )?;
    for commitment in &set.commitments {
        writeln!(out, "\n{}  {}", commitment.id, commitment.title.get(lang))?;
        for c in set
            .criteria
            .iter()
            .filter(|c| c.commitment == commitment.id)
        {
            let kinds: Vec<String> = c.applies_to.kinds.iter().map(|k| k.to_string()).collect();
            let mut applies = kinds.join(", ");
            if !c.applies_to.bodies.is_empty() {
                applies.push_str(&format!("; bodies {}", c.applies_to.bodies.join(", ")));
            }
            writeln!(
                out,
                "  {}  [{}] {}\n      {}\n      applies to: {applies}",
                c.id,
                c.observation.type_name(),
                c.title.get(lang),
                c.question.get(lang),
            )?;
            let options = c.observation.options();
            if !options.is_empty() {
                let ids: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
                writeln!(out, "      options: {}", ids.join(", "))?;
            }
        }
    }
    Ok(())
}
