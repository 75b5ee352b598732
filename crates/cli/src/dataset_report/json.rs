//! `--format json`: the core's aggregate per criteria set, with the
//! derived figures (averages, medians, agreement) written out; `bodies`
//! has one row per body (never per file).

use super::{Meta, Section};
use serde_json::json;
use std::io::{self, Write};

/// Writes one JSON document.
pub(crate) fn write(out: &mut impl Write, sections: &[Section<'_>], meta: &Meta) -> io::Result<()> {
    let sets: Vec<serde_json::Value> = sections
        .iter()
        .map(|s| {
            let a = s.aggregate;
            let mut set = json!({
                "set": s.set.id,
                "version": s.set.version.to_string(),
                "assessments": a.assessments,
                "body_count": a.total(),
                "agreement": agreement_json(&a.overall_agreement),
                "agreement_by_criterion": a.agreement.iter()
                    .filter(|c| c.agreement.answers > 0)
                    .map(|c| json!({
                        "criterion": c.criterion,
                        "disputed_bodies": c.disputed,
                        "agreement": agreement_json(&c.agreement),
                    })).collect::<Vec<_>>(),
                "bodies_by_kind": a.bodies_by_kind.iter().filter(|(_, n)| *n > 0)
                    .map(|(k, n)| (k.id().to_owned(), json!(n))).collect::<serde_json::Map<_, _>>(),
                "commitments": a.commitments.iter().map(|c| json!({
                    "commitment": c.commitment,
                    "average": c.average(),
                    "scored": c.scored,
                    "unscored": c.unscored,
                    "fully_implemented": c.fully_implemented,
                    "under_half": c.under_half,
                })).collect::<Vec<_>>(),
                "criteria": a.criteria,
                "freshness": a.freshness.iter().map(|f| json!({
                    "criterion": f.criterion,
                    "bins": f.bins,
                    "dated": f.dated(),
                    "no_date": f.no_date,
                    "median_days": f.median(),
                })).collect::<Vec<_>>(),
                "commitment_ids": s.set.commitments.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
                "bodies": a.bodies,
            });
            set["replies"] = super::replies::json(s);
            set["probe_agreement"] = super::probe_agreement::json(s);
            set
        })
        .collect();
    let document = json!({
        "left_out": meta.left_out,
        "comment_period": super::replies::json_standing(meta),
        "review": { "pending_left_out": meta.held.pending, "rejected_left_out": meta.held.rejected },
        "sets": sets,
    });
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

fn agreement_json(a: &napcheck_core::consensus::Agreement) -> serde_json::Value {
    json!({
        "answers": a.answers,
        "pairable_units": a.pairable_units,
        "percent": a.percent(),
        "alpha_ordinal": a.alpha(),
    })
}
