//! The right of reply in the report, in every format: the report's
//! standing (provisional until the comment period ends, then final; with
//! rounds compared, each round's), which round each reply answers (its
//! `round`, else the newest), and
//! each contested rating with the body's reply, its status, the reviewer's
//! reason and the rating after review. The ratings come from the core
//! (`ByBody::contested`: the consensus evaluated before and after the
//! corrected replies), never from here.

use super::html::{escape, row as html_row, table_head, Cell};
use super::markdown::cell;
use super::rows::{self, observation_text, TidyRow};
use super::section_words::{contests_other, corrected, said, standing, status, Said};
use super::words::{word, Word};
use super::{Meta, Section};
use napcheck_core::reply::{Contest, ContestedRating};
use napcheck_core::{CriteriaSet, Lang, Position};
use serde_json::{json, Value};
use std::io::{self, Write};

/// The contested ratings of a section that answer a rating (a reply to a
/// rating the body was not given is an error, reported on standard error).
fn contested<'a>(s: &Section<'a>) -> Vec<ContestedRating<'a>> {
    s.bodies
        .contested(s.set)
        .into_iter()
        .filter(|c| c.rated.is_some())
        .collect()
}

/// A rating's words: the level's label in the set, or "not applicable",
/// "could not be assessed".
fn rating_label<'s>(set: &'s CriteriaSet, id: &str, lang: Lang) -> &'s str {
    match id {
        "not_applicable" => word(lang, Word::NotApplicable),
        "not_assessable" => word(lang, Word::NotAssessable),
        _ => set
            .scale
            .levels
            .iter()
            .find(|l| l.id == id)
            .map_or("", |l| l.label.get(lang)),
    }
}

/// The report's standing, when a comment period is set.
pub(crate) fn standing_line(meta: &Meta) -> Option<String> {
    meta.comments
        .as_ref()
        .map(|period| standing(meta.lang, period, meta.today))
}

/// With rounds compared: each round's standing, `label: standing`, for
/// the rounds that have a comment period.
pub(crate) fn round_standing_lines(meta: &Meta) -> Vec<String> {
    meta.periods
        .iter()
        .map(|(label, period)| format!("{label}: {}", standing(meta.lang, period, meta.today)))
        .collect()
}

/// One contested rating's cells, in the order of [`heads`].
fn cells(c: &ContestedRating<'_>, set: &CriteriaSet, lang: Lang) -> [String; 8] {
    let reply = c.reply;
    let title = set
        .criterion(&reply.criterion)
        .map_or("", |x| x.title.get(lang));
    let rated = c.rated.as_deref().unwrap_or("");
    let now = c.now.as_deref().unwrap_or("");
    // The body's observation in words, as the core explains a rating.
    let said_text = match (&c.claimed, set.criterion(&reply.criterion)) {
        (Some(result), Some(criterion)) => format!(
            "{} — {}",
            reply.text,
            result.explanation.render(lang, criterion, set)
        ),
        _ => reply.text.clone(),
    };
    // A reply contesting a rating other than the one given stays listed,
    // marked beside the rating given.
    let rated_text = if c.contests_other_rating() {
        format!(
            "{} {}",
            rating_label(set, rated, lang),
            contests_other(lang, rating_label(set, &reply.contested, lang))
        )
    } else {
        rating_label(set, rated, lang).to_owned()
    };
    [
        c.name.clone().unwrap_or_else(|| c.body.to_string()),
        format!("{} {title}", reply.criterion),
        rated_text,
        said_text,
        reply.evidence.join(" "),
        status(lang, reply.status).to_owned(),
        reply
            .decision
            .as_ref()
            .map_or_else(String::new, |d| d.reason.clone()),
        rating_label(set, now, lang).to_owned(),
    ]
}

fn heads(lang: Lang) -> [&'static str; 8] {
    [
        said(lang, Said::Body),
        said(lang, Said::Criterion),
        said(lang, Said::Rated),
        said(lang, Said::Reply),
        said(lang, Said::Evidence),
        said(lang, Said::Status),
        said(lang, Said::Reason),
        said(lang, Said::Now),
    ]
}

/// The corrections' notes: one line per rating corrected after review.
fn corrections(list: &[ContestedRating<'_>], set: &CriteriaSet, lang: Lang) -> Vec<String> {
    list.iter()
        .filter(|c| c.is_corrected())
        .map(|c| {
            let rated = rating_label(set, c.rated.as_deref().unwrap_or(""), lang);
            let now = rating_label(set, c.now.as_deref().unwrap_or(""), lang);
            let name = c.name.clone().unwrap_or_else(|| c.body.to_string());
            format!(
                "{name}, {}: {}",
                c.reply.criterion,
                corrected(lang, rated, now)
            )
        })
        .collect()
}

/// Markdown: the table of contested ratings, then the corrections.
pub(crate) fn markdown(out: &mut impl Write, s: &Section<'_>, meta: &Meta) -> io::Result<()> {
    let list = contested(s);
    if list.is_empty() {
        return Ok(());
    }
    let lang = meta.lang;
    writeln!(out, "\n### {}\n", said(lang, Said::ContestedTitle))?;
    writeln!(out, "| {} |", heads(lang).join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(8))?;
    for c in &list {
        let row: Vec<String> = cells(c, s.set, lang).iter().map(|t| cell(t)).collect();
        writeln!(out, "| {} |", row.join(" | "))?;
    }
    let notes = corrections(&list, s.set, lang);
    if !notes.is_empty() {
        writeln!(out)?;
        for note in notes {
            writeln!(out, "- {}", cell(&note))?;
        }
    }
    Ok(())
}

/// HTML: the same table and notes.
pub(crate) fn html(out: &mut impl Write, s: &Section<'_>, meta: &Meta) -> io::Result<()> {
    let list = contested(s);
    if list.is_empty() {
        return Ok(());
    }
    let lang = meta.lang;
    writeln!(out, "<h3>{}</h3>", escape(said(lang, Said::ContestedTitle)))?;
    let heads = heads(lang);
    table_head(out, &heads, heads.len())?;
    for c in &list {
        let cells: Vec<Cell> = cells(c, s.set, lang).into_iter().map(Cell::text).collect();
        html_row(out, &heads, &cells)?;
    }
    writeln!(out, "</tbody></table>")?;
    let notes = corrections(&list, s.set, lang);
    if !notes.is_empty() {
        writeln!(out, "<ul class=\"corrected\">")?;
        for note in notes {
            writeln!(out, "<li>{}</li>", escape(&note))?;
        }
        writeln!(out, "</ul>")?;
    }
    Ok(())
}

/// CSV and Parquet: per contested rating two `reply` rows: `contested` (the rating
/// given) and `after_review` (the rating now), and a third,
/// `contested_by_reply`, when the reply contests another rating; each with the body's
/// observation and the reply's status as the value.
pub(crate) fn tidy_rows<'a>(
    s: &Section<'a>,
    list: &'a [ContestedRating<'a>],
    lang: Lang,
) -> Vec<TidyRow<'a>> {
    let mut rows = Vec::new();
    for c in list {
        let reply = c.reply;
        let observation = observation_text(&reply.observation);
        // A reply contesting another rating than the one given adds the
        // rating it contests (`contested_by_reply`).
        let measures = [
            ("contested", c.rated.as_deref()),
            ("after_review", c.now.as_deref()),
        ]
        .into_iter()
        .chain(
            c.contests_other_rating()
                .then_some(("contested_by_reply", Some(reply.contested.as_str()))),
        );
        for (measure, rating) in measures {
            rows.push(TidyRow {
                table: "reply",
                body: c.body.to_string(),
                name: c.name.as_deref().unwrap_or(""),
                criterion: &reply.criterion,
                title: s
                    .set
                    .criterion(&reply.criterion)
                    .map_or("", |x| x.title.get(lang)),
                observation_type: reply.observation.type_name(),
                observation: observation.clone(),
                rating: rating.unwrap_or(""),
                measure,
                value: rows::Value::Text(reply.status.id()),
                ..TidyRow::default()
            });
        }
    }
    rows
}

/// The contested ratings of `s` for [`tidy_rows`].
pub(crate) fn contested_list<'a>(s: &Section<'a>) -> Vec<ContestedRating<'a>> {
    contested(s)
}

/// JSON: the standing of the report.
pub(crate) fn json_standing(meta: &Meta) -> Value {
    match &meta.comments {
        None => Value::Null,
        Some(period) => json!({
            "from": period.from.to_string(),
            "until": period.until.to_string(),
            "provisional": period.is_provisional_on(meta.today),
        }),
    }
}

/// JSON of rounds compared: each round's comment period and standing.
pub(crate) fn json_round_standings(meta: &Meta) -> Value {
    Value::Array(
        meta.periods
            .iter()
            .map(|(label, period)| {
                json!({
                    "round": label,
                    "from": period.from.to_string(),
                    "until": period.until.to_string(),
                    "provisional": period.is_provisional_on(meta.today),
                })
            })
            .collect(),
    )
}

/// JSON: every contested rating of a section.
pub(crate) fn json(s: &Section<'_>) -> Value {
    Value::Array(
        contested(s)
            .iter()
            .map(|c| {
                json!({
                    "body": c.body,
                    "name": c.name,
                    "criterion": c.reply.criterion,
                    "contested": c.reply.contested,
                    "rated": c.rated,
                    "contests_other_rating": c.contests_other_rating(),
                    "now": c.now,
                    "corrected": c.is_corrected(),
                    "reply": c.reply,
                })
            })
            .collect(),
    )
}

/// `--comment-period FROM..UNTIL`, read in the user's language.
pub(crate) fn period(
    text: Option<&str>,
    lang: Lang,
) -> Result<Option<napcheck_core::reply::CommentPeriod>, crate::failure::Failure> {
    use napcheck_core::reply::InvalidPeriod;
    let Some(text) = text else { return Ok(None) };
    text.parse().map(Some).map_err(|e| {
        crate::failure::Failure(super::section_words::bad_period(
            lang,
            &crate::terminal::escape(text),
            e == InvalidPeriod::Reversed,
        ))
    })
}

/// A reply as `report` read it: its file's name, and where its
/// `contested` and `round` are in its text, for located findings.
pub(crate) struct FiledReply {
    name: String,
    reply: napcheck_core::reply::Reply,
    places: Places,
}

/// Where a reply's members a finding points at stand in its file.
#[derive(Clone, Copy)]
struct Places {
    contested: Position,
    round: Position,
    criterion: Position,
}

impl FiledReply {
    /// The reply read from `text`, the file `name`.
    pub(crate) fn new(name: String, reply: napcheck_core::reply::Reply, text: &str) -> FiledReply {
        let at = napcheck_core::pointer::locate_many(text, &["/contested", "/round", "/criterion"]);
        FiledReply {
            name,
            reply,
            places: Places {
                contested: at[0],
                round: at[1],
                criterion: at[2],
            },
        }
    }
}

/// The rounds a reply may name: each round's name, by index (`None` for one
/// round without a manifest, which any name answers), and another name of
/// the newest round (its manifest's, when rounds are named by date with
/// `--rounds-by`).
pub(crate) struct RoundNames {
    pub(crate) names: Vec<Option<String>>,
    pub(crate) newest_also: Option<String>,
}

/// The round a reply answers, by its index in `rounds.names`: the one its
/// `round` names, else the newest; `None` when it names a round not reported.
fn round_of(reply: &napcheck_core::reply::Reply, rounds: &RoundNames) -> Option<usize> {
    let names = &rounds.names;
    let newest = names.len().checked_sub(1)?;
    match reply.round.as_deref() {
        None => Some(newest),
        Some(_) if names.len() == 1 && names[0].is_none() => Some(newest),
        Some(round) if rounds.newest_also.as_deref() == Some(round) => Some(newest),
        Some(round) => names.iter().position(|n| n.as_deref() == Some(round)),
    }
}

/// Writes one finding of a reply's file on `err`, located in its text at
/// `pointer` (in the command's language, like every located line).
fn located(
    err: &mut impl Write,
    (name, position, pointer): (&str, Position, &str),
    problem: &napcheck_core::Problem,
    lang: Lang,
) -> io::Result<()> {
    writeln!(
        err,
        "{}",
        crate::located::line(
            &crate::terminal::escape(name),
            position,
            problem.severity(),
            &problem.message(lang),
            pointer,
            problem.code(),
            lang,
        )
    )
}

/// Files each checked reply beside the bodies of the round it answers
/// ([`round_of`]; `reply-other-round`, located at its `round`, when it
/// names a round not reported), once every assessment is read, and says on
/// `err` which replies answer no rating (`reply-not-rated`: no assessment
/// of the round, or the body was not rated on the criterion); returns how
/// many, which are left out. A reply contesting a rating other than the one
/// given is kept, with the warning `reply-contests-other-rating` located at
/// its `contested`.
pub(crate) fn file<'c>(
    replies: Vec<FiledReply>,
    rounds: &mut [(String, super::BySet<'c>)],
    names: &RoundNames,
    catalogue: &'c napcheck_core::Catalogue,
    resolver: &napcheck_core::consensus::BodyResolver,
    lang: Lang,
    err: &mut impl Write,
) -> io::Result<usize> {
    let mut unmatched = Vec::new();
    let mut other_round = 0;
    // Per round and set, the files of its replies, in the order added.
    let mut files: std::collections::BTreeMap<(usize, String), Vec<(String, Places)>> =
        std::collections::BTreeMap::new();
    for filed in replies {
        let FiledReply {
            name,
            reply,
            places,
        } = filed;
        let Some(at) = round_of(&reply, names) else {
            other_round += 1;
            let problem = napcheck_core::Problem::ReplyOtherRound {
                round: reply.round.clone().unwrap_or_default(),
                rounds: names.names.iter().flatten().cloned().collect(),
            };
            located(err, (&name, places.round, "/round"), &problem, lang)?;
            continue;
        };
        let body = reply.body_id(catalogue.bodies(), resolver);
        let set = catalogue.resolve(&reply.criteria_set).ok();
        match set.and_then(|set| rounds.get_mut(at)?.1.get_mut(&set.id)) {
            Some((set, bodies)) => {
                files
                    .entry((at, set.id.clone()))
                    .or_default()
                    .push((name, places));
                bodies.add_reply(Contest { body, reply });
            }
            None => unmatched.push((body.to_string(), reply.criterion, name, places)),
        }
    }
    for (at, (_, by_set)) in rounds.iter().enumerate() {
        for (set, bodies) in by_set.values() {
            let list = bodies.contested(set);
            let places = files.get(&(at, set.id.clone()));
            for (i, c) in list.iter().enumerate() {
                let Some((name, filed)) = places.and_then(|p| p.get(i)) else {
                    continue;
                };
                if c.rated.is_none() {
                    let criterion = c.reply.criterion.clone();
                    unmatched.push((c.body.to_string(), criterion, name.clone(), *filed));
                } else if c.contests_other_rating() {
                    // The reply stays listed, marked in the report.
                    let problem = napcheck_core::Problem::ReplyContestsOtherRating {
                        criterion: c.reply.criterion.clone(),
                        contested: c.reply.contested.clone(),
                        rated: c.rated.clone().unwrap_or_default(),
                    };
                    located(err, (name, filed.contested, "/contested"), &problem, lang)?;
                }
            }
        }
    }
    for (body, criterion, name, places) in &unmatched {
        let problem = napcheck_core::Problem::ReplyNotRated {
            body: body.clone(),
            criterion: criterion.clone(),
        };
        located(err, (name, places.criterion, "/criterion"), &problem, lang)?;
    }
    Ok(unmatched.len() + other_round)
}
